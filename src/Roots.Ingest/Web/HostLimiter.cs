using System.Collections.Concurrent;

namespace Roots.Ingest.Web;

/// <summary>
/// At most N requests in flight to one origin (scheme, host, port), so that a batch of 10,000
/// URLs from one site is polite to it while other sites proceed. Thread-safe.
/// </summary>
internal sealed class HostLimiter(int perHost)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot on <paramref name="url"/>'s origin; dispose the result to free it.</summary>
    public async Task<Slot> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new SemaphoreSlim(perHost, perHost));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(gate);
    }

    /// <summary>A held slot.</summary>
    internal readonly struct Slot(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
