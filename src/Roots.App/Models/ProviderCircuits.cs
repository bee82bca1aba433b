using System.Collections.Concurrent;
using Polly.CircuitBreaker;
using Roots.Models.Providers;
using Roots.Models.Resilience;

namespace Roots.App.Models;

/// <summary>
/// Each provider's HTTP adapter inside its retry loop and circuit breaker, for one library directory and
/// the life of the engine: every library opened on that directory (the web pool's, the background
/// rounds') calls through the same breaker, so failures seen by one request open the circuit for all.
/// </summary>
/// <remarks>
/// Metering is not here: it writes to a unit of work's ledger, so it is wrapped around these per call
/// (<see cref="ModelRuntime"/>). A provider whose address, kind, models or key changed in <c>roots.yaml</c>
/// gets a new adapter and a fresh breaker. Thread-safe.
/// </remarks>
internal sealed class ProviderCircuits(HttpClient http, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Circuit> _circuits = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The resilient client of <paramref name="provider"/> called with <paramref name="key"/>, built on first use.</summary>
    public ResilientChatClient For(ProviderOptions provider, string? key)
    {
        string fingerprint = Fingerprint(provider, key);
        var circuit = _circuits.AddOrUpdate(
            provider.Name,
            _ => Build(provider, key, fingerprint),
            (_, held) => held.Fingerprint == fingerprint ? held : Build(provider, key, fingerprint));
        return circuit.Client;
    }

    /// <summary>The state of <paramref name="provider"/>'s breaker, or null when nothing has called it yet.</summary>
    public CircuitState? StateOf(string provider) =>
        _circuits.TryGetValue(provider, out var circuit) ? circuit.Client.CircuitState : null;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var circuit in _circuits.Values)
        {
            circuit.Client.Dispose();
        }

        _circuits.Clear();
    }

    private Circuit Build(ProviderOptions provider, string? key, string fingerprint) =>
        new(fingerprint, new ResilientChatClient(new OpenAiCompatibleChatClient(provider, key, http, time), provider.Name, ResilienceOptions.Default, time));

    private static string Fingerprint(ProviderOptions provider, string? key) =>
        string.Join('\n', provider.Kind, provider.EffectiveBaseUrl, provider.AllowHostMismatch, string.Join(',', provider.Models), key);

    private sealed record Circuit(string Fingerprint, ResilientChatClient Client);
}
