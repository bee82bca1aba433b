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

        Span<int> weights = stackalloc int[64];
        var size = Math.Min(shingleSize, tokens.Count);
        for (var start = 0; start + size <= tokens.Count; start++)
        {
            var hash = Shingle(tokens, start, size);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
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
        unchecked
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < start + size; i++)
            {
                foreach (var c in tokens[i])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ 0x1F) * 1099511628211UL;
            }

            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 33;
            hash *= 0xC4CEB9FE1A85EC53UL;
            return hash ^ (hash >> 33);
        }
    }
}
