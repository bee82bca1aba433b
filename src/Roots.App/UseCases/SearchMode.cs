namespace Roots.App.UseCases;

/// <summary>How a search ranks items.</summary>
public enum SearchMode
{
    /// <summary>Hybrid once the library has vectors, lexical before.</summary>
    Auto,

    /// <summary>BM25 over the analysed words (Chinese words and bigrams, English stems).</summary>
    Lexical,

    /// <summary>Cosine similarity of the query's vector to each item's best passage.</summary>
    Semantic,

    /// <summary>Reciprocal rank fusion of the lexical and the semantic ranking.</summary>
    Hybrid,
}
