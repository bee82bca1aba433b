namespace Roots.Core.Ports;

/// <summary>
/// A lexical index with a packed, read-optimised form that writes leave behind until it is packed
/// again (PostgreSQL's <c>search_blocks</c>): items indexed since the last pack are still found, but
/// past a limit searches fall back to a slower exact path. Stores without one (SQLite, whose FTS5
/// merges its own segments) do not implement this.
/// </summary>
public interface IPackableSearchIndex
{
    /// <summary>
    /// Packs when at least <paramref name="minUnpacked"/> items were indexed since the last pack and no
    /// other process is packing (the others go on with their work); a full pack reads every posting,
    /// minutes at a million items. Returns the postings packed, or null when it did not pack.
    /// </summary>
    ValueTask<long?> PackIfNeededAsync(int minUnpacked, CancellationToken cancellationToken = default);
}
