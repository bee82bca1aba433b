using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.Tokens;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary>
/// <c>/costs/language-tax</c>: tokens per 1,000 characters by language and tokenizer, measured on the
/// library's own newest items, with each language's premium over the cheapest one. Its own page
/// because counting loads the tokenizers and reads texts: the costs page stays quick.
/// </summary>
internal static class LanguageTaxPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        IReadOnlyList<LanguageTaxLine> lines;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            lines = await lease.Library.TokenCounts.LanguageTaxAsync(App.Tokens.TokenMeasures.LanguageTaxSample, cancellationToken).ConfigureAwait(false);
        }

        var html = new StringBuilder("<h1>Language tax</h1>")
            .Append("<p class=\"meta\">What the same amount of text costs in each language: tokens per 1,000 characters, counted on the newest ")
            .Append(Html.N(App.Tokens.TokenMeasures.LanguageTaxSample)).Append(" items of each language (up to ").Append(App.Tokens.TokenMeasures.LanguageTaxMaxCharacters.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" characters each). Models are paid by the token, so a language that needs more tokens per character pays more for the same text.</p>");
        if (lines.Count == 0)
        {
            html.Append("<p class=\"empty\">No text to measure yet.</p>");
            return Layout.Page(context, "Language tax", html.ToString());
        }

        var cheapest = lines.GroupBy(l => l.Tokenizer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(l => l.TokensPerThousandCharacters), StringComparer.Ordinal);
        html.Append("<table id=\"language-tax\"><tr><th>Language</th><th>Tokenizer</th><th>Items</th><th>Characters</th><th>Tokens</th><th>Tokens per 1,000 characters</th><th>Against the cheapest</th></tr>");
        foreach (var line in lines)
        {
            double floor = cheapest[line.Tokenizer];
            string premium = floor <= 0 ? "" : (line.TokensPerThousandCharacters / floor).ToString("0.00×", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(line.Language)}</td><td>{Html.E(line.Tokenizer)}</td><td>{line.Items}</td><td>{line.Characters:N0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{line.Tokens:N0}</td><td>{line.TokensPerThousandCharacters:0.0}</td><td>{Html.E(premium)}</td></tr>");
        }

        html.Append("</table><p class=\"meta\">Compare two translations of one text line by line with <code>roots tokens --parallel A B</code>.</p>");
        return Layout.Page(context, "Language tax", html.ToString());
    }
}
