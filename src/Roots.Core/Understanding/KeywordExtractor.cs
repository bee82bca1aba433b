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
            .Select(pair =>
            {
                double tf = 1 + Math.Log(pair.Value.Count);
                double idf = Math.Log((documentCount + 1.0) / (documentFrequency.GetValueOrDefault(pair.Key) + 1.0)) + 1;
                return new Keyword(pair.Key, pair.Value.Display, Math.Round(tf * idf, 6));
            })
            .OrderByDescending(k => k.Score).ThenBy(k => k.Term, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
