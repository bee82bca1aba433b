namespace Roots.App.Tokens;

/// <summary>One line of the library's language tax: how many tokens one tokenizer makes of 1,000 characters of one language.</summary>
/// <param name="Language">The language (primary tag: en, zh …).</param>
/// <param name="Tokenizer">The tokenizer (o200k_base …).</param>
/// <param name="Items">Items measured (the newest of that language, up to the sample size).</param>
/// <param name="Characters">Characters measured (Unicode scalar values).</param>
/// <param name="Tokens">Tokens they make.</param>
/// <param name="TokensPerThousandCharacters">Tokens per 1,000 characters.</param>
public sealed record LanguageTaxLine(string Language, string Tokenizer, int Items, long Characters, long Tokens, double TokensPerThousandCharacters);
