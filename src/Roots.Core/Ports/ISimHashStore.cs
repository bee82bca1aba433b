namespace Roots.Core.Ports;

/// <summary>
/// The 64-bit SimHash of each item's current text (of its body: see
/// <see cref="Understanding.BodySimHash"/>), stored with its four 16-bit bands so that
/// near-duplicates of a new item are found by index lookups: by the pigeonhole principle two
/// hashes that differ in at most 3 bits agree on at least one band, and a caller that also looks
/// up the hash with one bit of every band flipped (16 more lookups) finds all within 7 bits.
/// </summary>
public interface ISimHashStore
{
    /// <summary>Stores (or replaces) the hashes of items.</summary>
    ValueTask SaveSimHashesAsync(IReadOnlyList<(long ItemId, ulong Hash)> hashes, CancellationToken cancellationToken = default);

    /// <summary>Items other than <paramref name="itemId"/> whose hash shares at least one band with <paramref name="hash"/>.</summary>
    ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> SimHashCandidatesAsync(long itemId, ulong hash, CancellationToken cancellationToken = default);

    /// <summary>Every stored hash, for a full pass.</summary>
    ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> AllSimHashesAsync(CancellationToken cancellationToken = default);

    /// <summary>Items with no hash, or a hash older than their current version.</summary>
    ValueTask<IReadOnlyList<long>> ItemsWithoutSimHashAsync(CancellationToken cancellationToken = default);

    /// <summary>Groups of items sharing a canonical URL or a DOI of their own (not one they cite): (evidence, item ids).</summary>
    ValueTask<IReadOnlyList<(string Evidence, IReadOnlyList<long> ItemIds)>> SameUrlOrDoiAsync(CancellationToken cancellationToken = default);
}
