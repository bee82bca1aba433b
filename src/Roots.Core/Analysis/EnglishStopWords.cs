namespace Roots.Core.Analysis;

/// <summary>
/// The English stop words removed at index and query time: the classic Lucene/Elasticsearch
/// <c>_english_</c> list (33 words), kept short on purpose so that phrases like "to be or not to be"
/// lose little, and so BM25 figures stay comparable with the published BEIR baselines.
/// </summary>
public static class EnglishStopWords
{
    private static readonly HashSet<string> Words =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the (already lower-cased) <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 5 && Lookup.Contains(word);
}
