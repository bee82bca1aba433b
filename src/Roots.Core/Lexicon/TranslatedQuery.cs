namespace Roots.Core.Lexicon;

/// <summary>A query carried into the other language.</summary>
/// <param name="Terms">Index terms of the other language, heaviest first: English stems for Chinese words, Chinese index terms for English words.</param>
/// <param name="EnglishText">The query with its Chinese words replaced by their first English gloss, for an English-only embedding model; null when the query holds no Chinese.</param>
public sealed record TranslatedQuery(IReadOnlyList<WeightedTerm> Terms, string? EnglishText)
{
    /// <summary>Nothing to translate.</summary>
    public static TranslatedQuery None { get; } = new([], null);
}
