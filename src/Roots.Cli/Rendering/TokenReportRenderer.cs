using System.Globalization;
using Roots.App.Tokens;
using Roots.Cli.Infrastructure;
using Roots.Tokens.LanguageTax;
using Spectre.Console;

namespace Roots.Cli.Rendering;

/// <summary>Prints <c>roots tokens</c> reports as tables or JSON.</summary>
public static class TokenReportRenderer
{
    /// <summary>Counts and costs per input.</summary>
    public static void Render(TokenReport report, bool json)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (json)
        {
            TokensJson.Write(new TokenReportJson(
                report.PricesAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                report.Inputs.Select(i => new TokenInputJson(
                    i.Label, i.Characters,
                    i.Counts.Select(c => new TokenCountJson(c.Tokenizer, c.Tokens, Math.Round(c.CharactersPerToken, 4))).ToList(),
                    i.Models.Select(m => new ModelCostJson(
                        m.Model, m.Tokenizer, m.Approximate, m.Tokens, m.PriceKnown ? "known" : "unknown",
                        m.AsInput?.Currency, m.AsInput?.Amount, m.AsOutput?.Amount)).ToList())).ToList()));
            return;
        }

        foreach (var input in report.Inputs)
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"{Printable.Line(input.Label)}: {input.Characters:N0} characters"));
            var counts = new Table().Border(TableBorder.Simple).AddColumns("tokenizer", "tokens", "chars/token");
            counts.Columns[1].RightAligned();
            counts.Columns[2].RightAligned();
            foreach (var count in input.Counts)
            {
                counts.AddRow(Printable.Markup(count.Tokenizer), N(count.Tokens), count.CharactersPerToken.ToString("0.00", CultureInfo.InvariantCulture));
            }

            Terminal.Out.Write(counts);
            if (input.Models.Count > 0)
            {
                var models = new Table().Border(TableBorder.Simple).AddColumns("model", "tokens", "as input", "as output", "counted with");
                models.Columns[1].RightAligned();
                foreach (var model in input.Models)
                {
                    models.AddRow(
                        Printable.Markup(model.Model), N(model.Tokens),
                        Printable.Markup(model.AsInput?.ToString() ?? "price unknown"), Printable.Markup(model.AsOutput?.ToString() ?? "price unknown"),
                        Printable.Markup(model.Tokenizer + (model.Approximate ? " (approximate)" : "")));
                }

                Terminal.Out.Write(models);
                Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"prices as of {report.PricesAsOf:yyyy-MM-dd}; override them under prices in roots.yaml"));
            }
        }
    }

    /// <summary>The language-tax report.</summary>
    public static void Render(LanguageTaxReport report, string a, string b, bool json)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (json)
        {
            TokensJson.Write(new LanguageTaxJson(a, b, report.Lines, report.LinesCompared, report.CharactersA, report.CharactersB,
                report.Rows.Select(r => new LanguageTaxRowJson(r.Tokenizer, r.TokensA, r.TokensB, Math.Round(r.Premium, 4),
                    r.MedianLinePremium is { } m ? Math.Round(m, 4) : null,
                    Math.Round(r.CharactersPerTokenA, 4), Math.Round(r.CharactersPerTokenB, 4))).ToList()));
            return;
        }

        Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"A = {a}, B = {b}: {report.Lines} lines, {report.LinesCompared} compared"));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("tokenizer", "tokens A", "tokens B", "premium B/A", "median per line", "chars/token A", "chars/token B");
        foreach (var row in report.Rows)
        {
            table.AddRow(Printable.Markup(row.Tokenizer), N(row.TokensA), N(row.TokensB), F(row.Premium) + "×",
                row.MedianLinePremium is { } m ? F(m) + "×" : "-", F(row.CharactersPerTokenA), F(row.CharactersPerTokenB));
        }

        Terminal.Out.Write(table);
    }

    /// <summary>The library's language tax: by meaning, with tokens per 1,000 characters as the secondary column.</summary>
    public static void Render(LanguageTaxOverview overview, bool json)
    {
        ArgumentNullException.ThrowIfNull(overview);
        if (json)
        {
            TokensJson.Write(new LanguageTaxOverviewJson(
                overview.Basis,
                overview.ByMeaning.Select(l => new MeaningTaxLineJson(l.Language, l.Tokenizer, l.Basis, l.Pairs, l.ParagraphAlignedPairs, l.Tokens, l.EnglishTokens,
                    l.TokensPerEnglishToken, l.MedianSegmentRatio, l.TokensPerThousandCharacters)).ToList(),
                overview.PerCharacters.Select(l => new LanguageTaxLineJson(l.Language, l.Tokenizer, l.Items, l.Characters, l.Tokens, l.TokensPerThousandCharacters)).ToList()));
            return;
        }

        Terminal.Line(Printable.Line(overview.Basis));
        if (overview.ByMeaning.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("language", "tokenizer", "× English (same content)", "median", "basis", "pairs", "tokens / 1,000 chars");
            foreach (var line in overview.ByMeaning)
            {
                table.AddRow(Printable.Markup(line.Language), Printable.Markup(line.Tokenizer), F(line.TokensPerEnglishToken) + "×",
                    line.MedianSegmentRatio is { } m ? F(m) + "×" : "-", Printable.Markup(line.Basis), N(line.Pairs),
                    line.TokensPerThousandCharacters is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "-");
            }

            Terminal.Out.Write(table);
        }

        var english = overview.PerCharacters.Where(l => l.Language == "en").ToDictionary(l => l.Tokenizer, l => l.TokensPerThousandCharacters, StringComparer.Ordinal);
        if (english.Count > 0)
        {
            Terminal.Line("English, for comparison: " + string.Join(", ", english.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value:0.0} tokens / 1,000 chars ({e.Key})"))));
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
