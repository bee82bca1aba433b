namespace Roots.App.Tokens;

/// <summary>The library's language tax, both ways: by meaning (the tax) and per 1,000 characters (the older measure).</summary>
/// <param name="ByMeaning">Per language other than English and tokenizer: tokens for the same content as English.</param>
/// <param name="PerCharacters">Per language and tokenizer: tokens per 1,000 characters (see <see cref="TokenMeasures.LanguageTaxAsync"/>).</param>
/// <param name="Basis">One line naming what the by-meaning figures were measured on: "by meaning: 14 translation pairs in this library (zh); reference corpus … (ja)".</param>
public sealed record LanguageTaxOverview(IReadOnlyList<MeaningTaxLine> ByMeaning, IReadOnlyList<LanguageTaxLine> PerCharacters, string Basis);
