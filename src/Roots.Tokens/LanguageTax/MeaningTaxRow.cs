namespace Roots.Tokens.LanguageTax;

/// <summary>One language's tax by meaning under one tokenizer: its tokens for the same content as English's.</summary>
/// <param name="Language">The language.</param>
/// <param name="Tokenizer">The tokenizer.</param>
/// <param name="Basis">What it was measured on.</param>
/// <param name="Pairs">Translation pairs measured.</param>
/// <param name="ParagraphAlignedPairs">Of those, pairs compared paragraph by paragraph (the rest as whole texts).</param>
/// <param name="Segments">Segments compared: aligned paragraphs, plus one per whole-text pair.</param>
/// <param name="Characters">Characters of the language's side.</param>
/// <param name="EnglishCharacters">Characters of the English side.</param>
/// <param name="Tokens">Tokens of the language's side.</param>
/// <param name="EnglishTokens">Tokens of the English side.</param>
/// <param name="TokensPerEnglishToken">
/// <paramref name="Tokens"/> over <paramref name="EnglishTokens"/>: 1.05 means the same content
/// costs 5 % more than in English (0 when English has no tokens). This is the language tax.
/// </param>
/// <param name="MedianSegmentRatio">The median of the per-segment ratios, which a few long or odd segments cannot move; null without segments.</param>
public sealed record MeaningTaxRow(
    string Language,
    string Tokenizer,
    MeaningBasis Basis,
    int Pairs,
    int ParagraphAlignedPairs,
    int Segments,
    long Characters,
    long EnglishCharacters,
    long Tokens,
    long EnglishTokens,
    double TokensPerEnglishToken,
    double? MedianSegmentRatio);
