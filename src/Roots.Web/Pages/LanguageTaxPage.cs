using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.Tokens;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/costs/language-tax</c>: what each language pays in tokens. First by meaning (tokens for the
/// same content as English, from the library's own translation pairs or, failing those, a bundled
/// reference corpus, and the page says which), then per 1,000 characters as the secondary column:
/// that measure overstates scripts whose characters carry more meaning, such as Chinese. Its own
/// page because counting loads the tokenizers and reads texts: the costs page stays quick.
/// </summary>
internal static class LanguageTaxPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        LanguageTaxOverview overview;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            overview = await lease.Library.TokenCounts.LanguageTaxOverviewAsync(TokenMeasures.LanguageTaxSample, cancellationToken).ConfigureAwait(false);
        }

        var html = new StringBuilder("<h1>Language tax</h1>")
            .Append("<p class=\"meta\">What the same content costs in each language: the tokens of a text over the tokens of the same text in English. ")
            .Append("Models are paid by the token, so a language that needs more tokens for the same meaning pays more.</p>")
            .Append("<p id=\"language-tax-basis\">").Append(Html.E(Basis(overview.Basis))).Append("</p>");
        var perCharacters = overview.PerCharacters;
        if (perCharacters.Count == 0 && overview.ByMeaning.Count == 0)
        {
            html.Append("<p class=\"empty\">No text to measure yet.</p>");
            return Layout.Page(context, "Language tax", html.ToString());
        }

        var cheapest = perCharacters.GroupBy(l => l.Tokenizer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(l => l.TokensPerThousandCharacters), StringComparer.Ordinal);
        var byMeaning = overview.ByMeaning.ToDictionary(l => (l.Language, l.Tokenizer));
        var rows = perCharacters.Select(l => (l.Language, l.Tokenizer)).Concat(byMeaning.Keys).Distinct()
            .OrderBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => r.Tokenizer, StringComparer.Ordinal);
        html.Append("<table id=\"language-tax\"><tr><th>Language</th><th>Tokenizer</th><th>Tokens for the same content, × English</th><th>Median over paragraphs</th><th>Measured on</th>")
            .Append("<th>Tokens per 1,000 characters</th><th>Per character, against the cheapest</th></tr>");
        foreach (var (language, tokenizer) in rows)
        {
            var line = perCharacters.FirstOrDefault(l => l.Language == language && l.Tokenizer == tokenizer);
            var m = byMeaning.GetValueOrDefault((language, tokenizer));
            string meaning = language == "en" ? "1.00× (the baseline)" : m is not null ? m.TokensPerEnglishToken.ToString("0.00×", CultureInfo.InvariantCulture) : "not measured";
            string median = m is { MedianSegmentRatio: { } med } && language != "en" ? med.ToString("0.00×", CultureInfo.InvariantCulture) : "";
            string basis = language == "en" ? "" : m is null ? "no translation pair, no reference text" : Measured(m);
            string perThousand = line is null ? "" : line.TokensPerThousandCharacters.ToString("0.0", CultureInfo.InvariantCulture);
            string premium = line is null || !cheapest.TryGetValue(tokenizer, out double floor) || floor <= 0 ? "" : (line.TokensPerThousandCharacters / floor).ToString("0.00×", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(language)}</td><td>{Html.E(tokenizer)}</td><td class=\"by-meaning\">{Html.E(meaning)}</td><td>{Html.E(median)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(basis)}</td><td>{Html.E(perThousand)}</td><td>{Html.E(premium)}</td></tr>");
        }

        html.Append("</table><p class=\"meta\">Per 1,000 characters is counted on the newest ").Append(Html.N(TokenMeasures.LanguageTaxSample))
            .Append(" items of each language (up to ").Append(TokenMeasures.LanguageTaxMaxCharacters.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" characters each); it overstates languages whose characters carry more meaning. ")
            .Append("Pair a text with its translation (<code>translation_of</code> in front matter, or file names like <code>essay.zh.md</code> / <code>essay.en.md</code>) to measure your own; ")
            .Append("compare two translations line by line with <code>roots tokens --parallel A B</code>.</p>");
        return Layout.Page(context, "Language tax", html.ToString());
    }

    private static string Basis(string basis) => char.ToUpperInvariant(basis[0]) + basis[1..] + ".";

    private static string Measured(MeaningTaxLine line) => line.Basis == "library"
        ? string.Create(CultureInfo.InvariantCulture, $"{line.Pairs} translation {(line.Pairs == 1 ? "pair" : "pairs")} in this library ({line.ParagraphAlignedPairs} paragraph-aligned)")
        : string.Create(CultureInfo.InvariantCulture, $"reference corpus {Roots.Tokens.LanguageTax.ReferenceCorpus.Name} ({line.Pairs} sentences)");
}
