using Roots.Core.Ports;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Unpacked items after which a one-shot add packs the lexical index: PostgreSQL's fast block
    /// search holds until 2,000 items are unpacked, so packing at half of that keeps every search on it.
    /// </summary>
    private const int PackAfterAdding = 1_000;

    /// <summary>
    /// Packs the lexical index when the store has a packed form (PostgreSQL) and at least
    /// <paramref name="minUnpacked"/> items were indexed since the last pack; nothing on SQLite.
    /// Returns the postings packed, or null when nothing was packed.
    /// </summary>
    public async Task<long?> PackSearchIfNeededAsync(int minUnpacked, CancellationToken stop = default) =>
        _store is IPackableSearchIndex packable ? await packable.PackIfNeededAsync(minUnpacked, stop).ConfigureAwait(false) : null;
}
