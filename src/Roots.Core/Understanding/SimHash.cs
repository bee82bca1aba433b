using System.Numerics;
using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// 64-bit SimHash (Charikar) over word shingles, for near-duplicate detection: two texts that
/// differ in a few words get fingerprints a few bits apart, unrelated texts about 32 bits apart.
/// Tokens come from <see cref="TextAnalyzer"/> with <see cref="ChineseIndexing.Words"/>, so
/// Chinese is shingled over the segmenter's words (not characters) and English over stemmed
/// words without stop words; the same text always gives the same fingerprint (FNV-1a, no
/// per-process seed), so fingerprints can be stored. Pure and thread-safe.
/// </summary>
public static class SimHash
{
    /// <summary>Words per shingle: 3, a common choice for web near-duplicates (fewer is too lenient, more too strict).</summary>
    public const int DefaultShingleSize = 3;

    /// <summary>Hamming distance at or below which two fingerprints are near-duplicates: 3 (Manku et al., WWW 2007).</summary>
    public const int DefaultMaxDistance = 3;

    /// <summary>The fingerprint of <paramref name="text"/>; 0 for a text without words.</summary>
    public static ulong Compute(string text, int shingleSize = DefaultShingleSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Compute(TextAnalyzer.Terms(text, ChineseIndexing.Words), shingleSize);
    }

    /// <summary>The fingerprint of an already analysed token sequence.</summary>
    public static ulong Compute(IReadOnlyList<string> tokens, int shingleSize = DefaultShingleSize)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        if (tokens.Count == 0)
        {
            return 0;
        }

        Span<int> ones = stackalloc int[64];
        var size = Math.Min(shingleSize, tokens.Count);
        int shingles = 0;
        for (var start = 0; start + size <= tokens.Count; start++)
        {
            Count(ones, Shingle(tokens, start, size));
            shingles++;
        }

        return Fingerprint(ones, shingles);
    }

    /// <summary>Adds a shingle's bits to the per-bit counts of ones.</summary>
    internal static void Count(Span<int> ones, ulong hash)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            ones[bit] += (int)((hash >> bit) & 1);
        }
    }

    /// <summary>The fingerprint: a bit is set where more shingles had it set than not.</summary>
    internal static ulong Fingerprint(ReadOnlySpan<int> ones, int shingles)
    {
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] > shingles)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    /// <summary>The number of bits in which <paramref name="a"/> and <paramref name="b"/> differ (0–64).</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>True when the fingerprints are at most <paramref name="maxDistance"/> bits apart.</summary>
    public static bool IsNearDuplicate(ulong a, ulong b, int maxDistance = DefaultMaxDistance) => Distance(a, b) <= maxDistance;

    /// <summary>FNV-1a over the shingle's characters with a separator, then a 64-bit finaliser to spread the bits.</summary>
    private static ulong Shingle(IReadOnlyList<string> tokens, int start, int size)
    {
        var hash = ShingleStart;
        for (var i = start; i < start + size; i++)
        {
            hash = ShingleAdd(hash, tokens[i]);
        }

        return ShingleEnd(hash);
    }

    internal const ulong ShingleStart = 14695981039346656037UL;

    /// <summary>Adds one token and the separator after it to a shingle's FNV-1a state.</summary>
    internal static ulong ShingleAdd(ulong hash, ReadOnlySpan<char> token)
    {
        unchecked
        {
            foreach (var c in token)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return (hash ^ 0x1F) * 1099511628211UL;
        }
    }

    /// <summary>The 64-bit finaliser (MurmurHash3's) of a shingle's FNV-1a state.</summary>
    internal static ulong ShingleEnd(ulong hash)
    {
        unchecked
        {
            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 33;
            hash *= 0xC4CEB9FE1A85EC53UL;
            return hash ^ (hash >> 33);
        }
    }
}
