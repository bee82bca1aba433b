using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roots.Models.Providers;

/// <summary>
/// Removes every configured key from a model's answer before anyone stores, shows or publishes it: a proxy
/// that echoes request headers (or a model told to repeat its prompt) would otherwise put the key into a summary,
/// a translation or a printed answer. The same <see cref="SecretScrubber"/> already cleans errors and ledger rows.
/// </summary>
/// <remarks>
/// The outermost layer of <see cref="ProviderClient"/>; usage, model id and finish reason pass through. Answers are
/// rebuilt as text messages, which is all the OpenAI-compatible adapter produces. Thread-safe.
/// </remarks>
public sealed class ScrubbingChatClient(IChatClient inner, SecretScrubber scrubber) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        return new ChatResponse([.. response.Messages.Select(m => new ChatMessage(m.Role, scrubber.Scrub(m.Text)) { AuthorName = m.AuthorName, MessageId = m.MessageId })])
        {
            ModelId = response.ModelId,
            Usage = response.Usage,
            FinishReason = response.FinishReason,
            ResponseId = response.ResponseId,
            CreatedAt = response.CreatedAt,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Scrubbed as one answer: a key split across two chunks would pass a chunk-by-chunk scrub.
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
