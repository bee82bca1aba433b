using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roots.Models.Providers;

/// <summary>
/// An <see cref="IChatClient"/> for any OpenAI-compatible <c>/chat/completions</c> endpoint
/// (OpenAI, DeepSeek, Qwen compatible mode, Moonshot, OpenRouter, vLLM, LM Studio, Ollama's /v1).
/// </summary>
/// <remarks>
/// Hand-written on <see cref="HttpClient"/> rather than the OpenAI SDK so that there is exactly
/// one retry loop (Roots.Models.Resilience; this client never retries) and so that the status
/// code and Retry-After of a failure reach that loop intact. Failures are thrown as
/// <see cref="ProviderCallException"/> with scrubbed one-line messages. Does not stream: a
/// streaming call returns the whole answer as updates. Thread-safe.
/// </remarks>
public sealed class OpenAiCompatibleChatClient : IChatClient
{
    private const int MaxErrorBodyChars = 300;

    private readonly HttpClient _http;
    private readonly Uri _completions;
    private readonly string? _key;
    private readonly SecretScrubber _scrubber;
    private readonly ChatClientMetadata _metadata;
    private readonly TimeProvider _time;

    /// <summary>Creates a client for <paramref name="provider"/>.</summary>
    /// <param name="provider">The configured provider.</param>
    /// <param name="key">The key read from the provider's environment variable; null for none (Ollama).</param>
    /// <param name="http">The HTTP client (the caller owns it); its timeout should be infinite, the pipeline times attempts.</param>
    /// <param name="time">The clock for Retry-After dates; the system clock when null.</param>
    public OpenAiCompatibleChatClient(ProviderOptions provider, string? key, HttpClient http, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(http);
        Provider = provider;
        _http = http;
        _key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        _scrubber = new SecretScrubber([_key]);
        string root = provider.EffectiveBaseUrl.ToString().TrimEnd('/');
        _completions = new Uri(root + "/chat/completions");
        _metadata = new ChatClientMetadata(ProviderCatalog.Of(provider.Kind).Name, provider.EffectiveBaseUrl, provider.DefaultModel);
    }

    /// <summary>The provider this client calls.</summary>
    public ProviderOptions Provider { get; }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (KindHostMismatch.Blocking(Provider) is { } mismatch)
        {
            // The last guard before the key goes on the wire, for clients built without ProviderDeclaration.ToOptions.
            throw new ProviderCallException(mismatch.Refusal(Provider.Name), null, false);
        }

        string model = options?.ModelId ?? Provider.DefaultModel
            ?? throw new ProviderCallException($"{Provider.Name}: no model named; add one under models in roots.yaml", null, false);
        using var request = new HttpRequestMessage(HttpMethod.Post, _completions)
        {
            Content = new ByteArrayContent(ChatCompletionJson.Request(model, messages, options)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ProviderCallException($"{Provider.Name}: cannot reach {_completions.Host}: {_scrubber.Scrub(e.Message)}", null, true, null);
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(response, body);
            }

            var parsed = ChatCompletionJson.Response(body, model);
            return parsed ?? throw new ProviderCallException($"{Provider.Name}: malformed answer from {_completions.Host} (not a chat completion)", null, true);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // The HttpClient belongs to the caller.
    }

    private ProviderCallException Failure(HttpResponseMessage response, string body)
    {
        int status = (int)response.StatusCode;
        string detail = _scrubber.Scrub(ChatCompletionJson.ErrorMessage(body) ?? Shorten(body));
        string hint = status switch
        {
            401 or 403 => Provider.KeyEnv is { } env ? $"; check the key in ${env} (roots doctor)" : "; check the provider's key (roots doctor)",
            404 => "; check base_url and the model name (roots doctor)",
            _ => "",
        };
        var retryAfter = RetryAfterOf(response.Headers.RetryAfter);
        string message = $"{Provider.Name}: HTTP {status} {response.ReasonPhrase}{(detail.Length > 0 ? ": " + detail : "")}{hint}";
        return new ProviderCallException(message, status, ProviderCallException.IsTransientStatus(status), retryAfter);
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Shorten(string body)
    {
        string line = body.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxErrorBodyChars ? line : line[..MaxErrorBodyChars] + "…";
    }
}
