using Roots.Core.Ports;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Packs the lexical index when the store has a packed form (PostgreSQL) and at least
    /// <paramref name="minUnpacked"/> items were indexed since the last pack; nothing on SQLite.
    /// Returns the postings packed, or null when nothing was packed.
    /// </summary>
    public async Task<long?> PackSearchIfNeededAsync(int minUnpacked, CancellationToken stop = default) =>
        _store is IPackableSearchIndex packable ? await packable.PackIfNeededAsync(minUnpacked, stop).ConfigureAwait(false) : null;
}
