namespace Roots.App.Tokens;

/// <summary>One line of the language tax by meaning: what one language pays, under one tokenizer, for the same content as English.</summary>
/// <param name="Language">The language (primary tag).</param>
/// <param name="Tokenizer">The tokenizer.</param>
/// <param name="Basis"><c>library</c> (the library's own translation pairs) or <c>reference</c> (the bundled reference corpus).</param>
/// <param name="Pairs">Translation pairs measured (sentences, for the reference corpus).</param>
/// <param name="ParagraphAlignedPairs">Of those, pairs compared paragraph by paragraph; the others as whole texts.</param>
/// <param name="Tokens">Tokens of the language's side.</param>
/// <param name="EnglishTokens">Tokens of the English side.</param>
/// <param name="TokensPerEnglishToken">The tax: <paramref name="Tokens"/> over <paramref name="EnglishTokens"/> (1.05: 5 % more than English).</param>
/// <param name="MedianSegmentRatio">The median ratio over aligned paragraphs (or whole texts); null without any.</param>
/// <param name="TokensPerThousandCharacters">The language's tokens per 1,000 characters in the library's newest items (the older, per-character measure); null when the library has no text in it.</param>
public sealed record MeaningTaxLine(
    string Language,
    string Tokenizer,
    string Basis,
    int Pairs,
    int ParagraphAlignedPairs,
    long Tokens,
    long EnglishTokens,
    double TokensPerEnglishToken,
    double? MedianSegmentRatio,
    double? TokensPerThousandCharacters);
