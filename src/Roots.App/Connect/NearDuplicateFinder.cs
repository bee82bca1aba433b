using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// Finds every pair of SimHashes at most <c>maxDistance</c> bits apart without comparing all
/// pairs: the 64 bits are cut into four 16-bit bands and only hashes that agree on a whole band
/// are compared. For a distance of at most 3 that misses nothing (pigeonhole: 3 differing bits
/// touch at most 3 of the 4 bands), and on 100,000 unrelated hashes a bucket holds one or two.
/// </summary>
public static class NearDuplicateFinder
{
    /// <summary>Bands the hash is cut into; a distance up to <c>Bands - 1</c> is found exactly.</summary>
    public const int Bands = 4;

    /// <summary>Pairs (first id &lt; second id) with their distance; hashes of 0 (texts without words) are left out.</summary>
    public static List<(long A, long B, int Distance)> FindPairs(IReadOnlyList<(long ItemId, ulong Hash)> hashes, int maxDistance = SimHash.DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, Bands - 1);
        var items = hashes.Where(h => h.Hash != 0).ToArray();
        var pairs = new List<(long, long, int)>();
        var order = new int[items.Length];
        var keys = new ushort[items.Length];
        for (int band = 0; band < Bands; band++)
        {
            for (int i = 0; i < items.Length; i++)
            {
                order[i] = i;
                keys[i] = BandOf(items[i].Hash, band);
            }

            Array.Sort((ushort[])keys.Clone(), order);
            int start = 0;
            while (start < order.Length)
            {
                int end = start + 1;
                ushort key = keys[order[start]];
                while (end < order.Length && keys[order[end]] == key)
                {
                    end++;
                }

                Compare(items, order, start, end, band, maxDistance, pairs);
                start = end;
            }
        }

        return pairs;
    }

    private static void Compare((long ItemId, ulong Hash)[] items, int[] order, int start, int end, int band, int maxDistance, List<(long, long, int)> pairs)
    {
        for (int i = start; i < end; i++)
        {
            for (int j = i + 1; j < end; j++)
            {
                var (a, b) = (items[order[i]], items[order[j]]);
                int distance = SimHash.Distance(a.Hash, b.Hash);
                // A pair agreeing on several bands is reported once: by the first band it agrees on.
                if (distance <= maxDistance && FirstSharedBand(a.Hash, b.Hash) == band)
                {
                    pairs.Add(a.ItemId < b.ItemId ? (a.ItemId, b.ItemId, distance) : (b.ItemId, a.ItemId, distance));
                }
            }
        }
    }

    private static int FirstSharedBand(ulong a, ulong b)
    {
        for (int band = 0; band < Bands; band++)
        {
            if (BandOf(a, band) == BandOf(b, band))
            {
                return band;
            }
        }

        return -1;
    }

    private static ushort BandOf(ulong hash, int band) => (ushort)((hash >> (16 * band)) & 0xFFFF);
}
