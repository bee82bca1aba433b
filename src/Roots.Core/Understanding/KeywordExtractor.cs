namespace Roots.Core.Understanding;

/// <summary>
/// Picks the words that characterise a document against the rest of the library: TF-IDF with
/// sublinear term frequency (1 + ln tf) and smoothed inverse document frequency
/// (ln((N + 1) / (df + 1)) + 1). Words rare in the library and frequent in the document win.
/// </summary>
/// <remarks>Stateless and thread-safe; the library's frequencies come from the caller.</remarks>
public static class KeywordExtractor
{
    /// <summary>The number of keywords kept by default.</summary>
    public const int DefaultCount = 8;

    /// <summary>How outputs label keywords this ranking chose (as against the author's own).</summary>
    public const string Provenance = "tf-idf";

    /// <summary>Ranks <paramref name="candidates"/> by TF-IDF against a library of <paramref name="documentCount"/> documents.</summary>
    /// <param name="candidates">The document's candidate words (<see cref="KeywordCandidates.Of"/>).</param>
    /// <param name="documentCount">Documents in the library.</param>
    /// <param name="documentFrequency">Documents containing each term (terms missing count as 0).</param>
    /// <param name="count">How many keywords to return.</param>
    public static IReadOnlyList<Keyword> Rank(
        KeywordCandidates candidates,
        long documentCount,
        IReadOnlyDictionary<string, long> documentFrequency,
        int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(documentFrequency);
        return candidates.Terms
            .Select(pair => new Keyword(pair.Key, pair.Value.Display, Score(pair.Value.Count, documentCount, documentFrequency.GetValueOrDefault(pair.Key))))
            .OrderByDescending(k => k.Score).ThenBy(k => k.Term, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// The TF-IDF score of a term found <paramref name="termCount"/> times in a document, in
    /// <paramref name="documentFrequency"/> of <paramref name="documentCount"/> documents; rounded to
    /// six decimals so that ties (and so the order) do not depend on floating-point noise. Callers
    /// that rank candidates kept in another shape use this to rank exactly as <see cref="Rank"/>.
    /// </summary>
    public static double Score(int termCount, long documentCount, long documentFrequency)
    {
        double tf = 1 + Math.Log(termCount);
        double idf = Math.Log((documentCount + 1.0) / (documentFrequency + 1.0)) + 1;
        return Math.Round(tf * idf, 6);
    }
}
