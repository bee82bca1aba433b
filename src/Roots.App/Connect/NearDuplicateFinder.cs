using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// Finds every pair of SimHashes at most <c>maxDistance</c> bits apart without comparing all
/// pairs: the 64 bits are cut into four 16-bit bands and a hash is compared only with the hashes
/// whose band is the same or one bit away (the keys <see cref="SimHashProbes"/> looks up when an
/// item is kept, so the full pass and the step after keeping find the same pairs). For a distance
/// of at most 7 that misses nothing (pigeonhole: 7 differing bits leave some band with at most one);
/// farther pairs are found when some band happens to be within one bit. On 100,000 unrelated
/// hashes a bucket holds one or two.
/// </summary>
public static class NearDuplicateFinder
{
    /// <summary>Bands the hash is cut into; a distance up to <c>2 * Bands - 1</c> is found exactly, farther ones when a band is within one bit.</summary>
    public const int Bands = 4;

    /// <summary>Pairs (first id &lt; second id) at most <paramref name="maxDistance"/> apart with a band within one bit, with their distance; hashes of 0 (texts without words) are left out.</summary>
    public static List<(long A, long B, int Distance)> FindPairs(IReadOnlyList<(long ItemId, ulong Hash)> hashes, int maxDistance = SimHash.DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var items = hashes.Where(h => h.Hash != 0).ToArray();
        var seen = new HashSet<(int, int)>();
        var pairs = new List<(long, long, int)>();
        for (int band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ushort, List<int>>();
            for (int i = 0; i < items.Length; i++)
            {
                var key = BandOf(items[i].Hash, band);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(i);
            }

            for (int i = 0; i < items.Length; i++)
            {
                var key = BandOf(items[i].Hash, band);
                for (int flip = -1; flip < 16; flip++)
                {
                    var probe = flip < 0 ? key : (ushort)(key ^ (1 << flip));
                    if (buckets.TryGetValue(probe, out var bucket))
                    {
                        Compare(items, i, bucket, maxDistance, seen, pairs);
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>Compares item <paramref name="i"/> with the later items of a bucket; each pair is reported once, whichever band finds it first.</summary>
    private static void Compare((long ItemId, ulong Hash)[] items, int i, List<int> bucket, int maxDistance, HashSet<(int, int)> seen, List<(long, long, int)> pairs)
    {
        foreach (var j in bucket)
        {
            if (j <= i)
            {
                continue;
            }

            var (a, b) = (items[i], items[j]);
            int distance = SimHash.Distance(a.Hash, b.Hash);
            if (distance <= maxDistance && seen.Add((i, j)))
            {
                pairs.Add(a.ItemId < b.ItemId ? (a.ItemId, b.ItemId, distance) : (b.ItemId, a.ItemId, distance));
            }
        }
    }

    private static ushort BandOf(ulong hash, int band) => (ushort)((hash >> (16 * band)) & 0xFFFF);
}
