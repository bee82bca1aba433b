using Microsoft.Extensions.AI;
using Roots.Models.Metering;
using Roots.Models.Resilience;

namespace Roots.Models.Providers;

/// <summary>
/// One provider's client as the use cases get it: the HTTP adapter, inside the retry loop and
/// circuit breaker, inside metering (one ledger row per logical call), inside the scrubber that takes every
/// configured key out of the answer.
/// </summary>
public sealed class ProviderClient : IDisposable
{
    private ProviderClient(ProviderOptions provider, IChatClient chat, ResilientChatClient resilient)
    {
        Provider = provider;
        Chat = chat;
        Resilient = resilient;
    }

    /// <summary>The provider.</summary>
    public ProviderOptions Provider { get; }

    /// <summary>The metered, resilient client.</summary>
    public IChatClient Chat { get; }

    /// <summary>The resilience layer, for its circuit state.</summary>
    public ResilientChatClient Resilient { get; }

    /// <summary>Builds the chain for <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="key">Its key (from <see cref="ProviderKeys"/>), or null.</param>
    /// <param name="http">The HTTP client; the caller owns it.</param>
    /// <param name="metering">Metering options; their provider name is set to <paramref name="provider"/>'s.</param>
    /// <param name="resilience">Retry and breaker settings (default <see cref="ResilienceOptions.Default"/>).</param>
    /// <param name="scrubber">Removes keys from answers, errors and rows: every configured key (default: <paramref name="key"/> alone).</param>
    public static ProviderClient Create(
        ProviderOptions provider, string? key, HttpClient http, MeteringOptions metering, ResilienceOptions? resilience = null, SecretScrubber? scrubber = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(metering);
        var adapter = new OpenAiCompatibleChatClient(provider, key, http, metering.Time);
        var resilient = new ResilientChatClient(adapter, provider.Name, resilience, metering.Time);
        return Over(resilient, provider, metering, scrubber ?? new SecretScrubber([key]));
    }

    /// <summary>
    /// Builds metering and scrubbing over a resilient client that already exists, so that one breaker (kept for
    /// the life of the process) serves many chains, each writing its rows to its own ledger. Disposing the chain
    /// disposes <paramref name="resilient"/>: a caller that shares it does not dispose the chain.
    /// </summary>
    /// <param name="resilient">The provider's resilient client, kept by the caller.</param>
    /// <param name="provider">The provider.</param>
    /// <param name="metering">Metering options; their provider name is set to <paramref name="provider"/>'s.</param>
    /// <param name="scrubber">Removes keys from answers, errors and rows.</param>
    public static ProviderClient Over(ResilientChatClient resilient, ProviderOptions provider, MeteringOptions metering, SecretScrubber scrubber)
    {
        ArgumentNullException.ThrowIfNull(resilient);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(metering);
        ArgumentNullException.ThrowIfNull(scrubber);
        var metered = new MeteringChatClient(resilient, metering with
        {
            Provider = provider.Name,
            DefaultModel = metering.DefaultModel ?? provider.DefaultModel,
            Scrubber = scrubber,
        });
        return new ProviderClient(provider, new ScrubbingChatClient(metered, scrubber), resilient);
    }

    /// <inheritdoc />
    public void Dispose() => Chat.Dispose();
}
