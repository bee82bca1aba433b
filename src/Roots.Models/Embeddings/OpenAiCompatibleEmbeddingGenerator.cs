using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;

namespace Roots.Models.Embeddings;

/// <summary>
/// Embeddings from any OpenAI-compatible <c>/embeddings</c> endpoint (OpenAI, Qwen/DashScope
/// compatible mode, vLLM, LM Studio, Ollama's <c>/v1</c>): how a multilingual model replaces the
/// local MiniLM by configuration (<c>embeddings.provider</c> and <c>embeddings.model</c>).
/// </summary>
/// <remarks>
/// The key is sent as a bearer token and never appears in an error message. Errors are one line
/// with the status code. Thread-safe: one <see cref="HttpClient"/> for all calls.
/// </remarks>
public sealed class OpenAiCompatibleEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Texts sent per request: endpoints commonly cap a request's inputs.</summary>
    public const int BatchSize = 64;

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _apiKey;
    private readonly string _model;
    private readonly bool _ownsClient;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>Creates a generator for <paramref name="model"/> at <paramref name="baseUrl"/> (e.g. <c>https://api.openai.com/v1</c>).</summary>
    public OpenAiCompatibleEmbeddingGenerator(Uri baseUrl, string model, string? apiKey, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentException.ThrowIfNullOrEmpty(model);
        _endpoint = new Uri(baseUrl.ToString().TrimEnd('/') + "/embeddings");
        _model = model;
        _apiKey = apiKey;
        _ownsClient = http is null;
        _http = http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        _metadata = new EmbeddingGeneratorMetadata("openai-compatible", baseUrl, model);
    }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        // The endpoint's own count of input tokens, summed over requests; null as soon as one request reports none.
        long? promptTokens = 0;
        int? dimensions = null;
        for (int start = 0; start < texts.Length; start += BatchSize)
        {
            var batch = texts.AsSpan(start, Math.Min(BatchSize, texts.Length - start)).ToArray();
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = JsonContent.Create(new EmbeddingRequest(_model, batch), EmbeddingJson.Default.EmbeddingRequest),
            };
            if (!string.IsNullOrEmpty(_apiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
            }

            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"embedding endpoint {_endpoint.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            }

            // A malformed answer is a failed call, reported like a failed status (HttpRequestException: one
            // line, counted by the provider's health), never an exception nothing expects (it ended
            // `roots embed` with a stack trace, exit 134).
            EmbeddingResponse? body;
            try
            {
                body = await response.Content.ReadFromJsonAsync(EmbeddingJson.Default.EmbeddingResponse, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                throw new HttpRequestException($"embedding endpoint {_endpoint.Host} sent malformed JSON: {e.Message.ReplaceLineEndings(" ")}", e);
            }
            catch (InvalidOperationException e)
            {
                // The declared charset is unknown.
                throw new HttpRequestException($"embedding endpoint {_endpoint.Host} sent an unreadable answer: {e.Message.ReplaceLineEndings(" ")}", e);
            }

            var data = body?.Data?.OrderBy(d => d.Index).ToList();
            if (data is null || data.Count != batch.Length || data.Any(d => d.Embedding is not { Length: > 0 }))
            {
                throw new HttpRequestException($"embedding endpoint {_endpoint.Host} returned {data?.Count ?? 0} vectors for {batch.Length} texts");
            }

            // Vectors of one model all have one length, and only numbers: a length that changes or an
            // infinity (1e39 read as a float) would make every cosine against them meaningless.
            dimensions ??= data[0].Embedding!.Length;
            if (data.Any(d => d.Embedding!.Length != dimensions) || data.Any(d => !d.Embedding!.All(float.IsFinite)))
            {
                throw new HttpRequestException(
                    $"embedding endpoint {_endpoint.Host} returned vectors of different lengths or with numbers out of range (expected {dimensions} finite numbers each)");
            }

            result.AddRange(data.Select(d => new Embedding<float>(d.Embedding!) { ModelId = _model }));
            promptTokens = body!.Usage?.PromptTokens is { } reported ? promptTokens + reported : null;
        }

        if (promptTokens is { } total && texts.Length > 0)
        {
            result.Usage = new UsageDetails { InputTokenCount = total, TotalTokenCount = total };
        }

        return result;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            _http.Dispose();
        }
    }
}

internal sealed record EmbeddingRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("input")] string[] Input);

internal sealed record EmbeddingResponse(
    [property: JsonPropertyName("data")] List<EmbeddingDatum>? Data,
    [property: JsonPropertyName("usage")] EmbeddingUsage? Usage);

internal sealed record EmbeddingUsage([property: JsonPropertyName("prompt_tokens")] long? PromptTokens);

internal sealed record EmbeddingDatum(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("embedding")] float[]? Embedding);

[JsonSerializable(typeof(EmbeddingRequest))]
[JsonSerializable(typeof(EmbeddingResponse))]
internal sealed partial class EmbeddingJson : JsonSerializerContext;
