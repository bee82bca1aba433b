using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Roots.Models.Providers;

namespace Roots.Models.Resilience;

/// <summary>
/// Tries a second provider when the first fails for a reason another provider may not share
/// (a transient error that outlasted the retries, an open circuit). A refusal (budget) or a
/// client error (a bad key, an unknown model) is not passed on: it is the user's to fix. Both
/// clients are expected to be metered and resilient already.
/// </summary>
/// <param name="primary">The configured provider's chain.</param>
/// <param name="fallback">The fallback provider's chain.</param>
/// <param name="fallbackModel">The model to ask the fallback for (its own default when null).</param>
public sealed class FallbackChatClient(IChatClient primary, IChatClient fallback, string? fallbackModel) : DelegatingChatClient(primary)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        try
        {
            return await InnerClient.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ProviderCallException e) when (e.Transient || e.InnerException is Polly.CircuitBreaker.BrokenCircuitException)
        {
            var second = options?.Clone() ?? new ChatOptions();
            second.ModelId = fallbackModel;
            return await fallback.GetResponseAsync(list, second, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
