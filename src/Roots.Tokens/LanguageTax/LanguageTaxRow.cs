namespace Roots.Tokens.LanguageTax;

/// <summary>One tokenizer's line of the language-tax report.</summary>
/// <param name="Tokenizer">The tokenizer.</param>
/// <param name="TokensA">Tokens of text A as a whole.</param>
/// <param name="TokensB">Tokens of text B as a whole.</param>
/// <param name="Premium">B's tokens over A's: 1.9 means B costs 90 % more for the same content (0 when A has no tokens).</param>
/// <param name="MedianLinePremium">The median of the per-line premiums over lines where both sides have text; <c>null</c> when there is none.</param>
/// <param name="CharactersPerTokenA">A's characters per token.</param>
/// <param name="CharactersPerTokenB">B's characters per token.</param>
public sealed record LanguageTaxRow(
    string Tokenizer,
    long TokensA,
    long TokensB,
    double Premium,
    double? MedianLinePremium,
    double CharactersPerTokenA,
    double CharactersPerTokenB);
