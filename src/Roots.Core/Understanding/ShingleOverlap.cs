using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// How much of the shorter of two texts the longer one holds, in word shingles (the shingles
/// <see cref="SimHash"/> fingerprints): the second look at two texts whose fingerprints are close
/// but not within <see cref="SimHash.DefaultMaxDistance"/>. Unlike the fingerprint it tells "one
/// article with a page's chrome around it" (containment over 0.9) from "another article on the same
/// subject" (under 0.15 in the tests). Pure and thread-safe.
/// </summary>
public static class ShingleOverlap
{
    /// <summary>Shingles the shorter text needs for its containment to mean anything: 20 (a sentence or two).</summary>
    public const int MinShingles = 20;

    /// <summary>
    /// The share (0–1) of the shorter text's distinct shingles that the longer text also has; 0 when
    /// the shorter has under <see cref="MinShingles"/> shingles or under half as many as the longer
    /// (a paragraph quoted in a book is not a copy of the book).
    /// </summary>
    public static double Containment(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (Shingles(a), Shingles(b));
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        if (small.Count < MinShingles || 2 * small.Count < large.Count)
        {
            return 0;
        }

        return (double)small.Count(large.Contains) / small.Count;
    }

    private static HashSet<ulong> Shingles(string text)
    {
        var words = TextAnalyzer.Terms(text, ChineseIndexing.Words);
        var shingles = new HashSet<ulong>();
        for (var start = 0; start + SimHash.DefaultShingleSize <= words.Count; start++)
        {
            var hash = SimHash.ShingleStart;
            for (var i = start; i < start + SimHash.DefaultShingleSize; i++)
            {
                hash = SimHash.ShingleAdd(hash, words[i]);
            }

            shingles.Add(hash);
        }

        return shingles;
    }
}
