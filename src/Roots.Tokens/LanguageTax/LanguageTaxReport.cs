using Roots.Core;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.LanguageTax;

/// <summary>
/// The language tax: for a text A and its line-by-line translation B, how many more tokens B costs
/// under each tokenizer (Chinese costs about 1.9× English under cl100k_base and about 1.0× under
/// Chinese-native vocabularies). The whole-text premium is what a bill shows; the per-line median
/// resists a few long or odd lines.
/// </summary>
/// <param name="Lines">The number of aligned lines.</param>
/// <param name="LinesCompared">Lines where both sides have text; the median is over these.</param>
/// <param name="CharactersA">A's characters (code points).</param>
/// <param name="CharactersB">B's characters.</param>
/// <param name="Rows">One row per tokenizer, in the order asked.</param>
public sealed record LanguageTaxReport(int Lines, int LinesCompared, long CharactersA, long CharactersB, IReadOnlyList<LanguageTaxRow> Rows)
{
    /// <summary>
    /// Measures <paramref name="textA"/> against <paramref name="textB"/>. Fails when the texts do not
    /// have the same number of lines (trailing blank lines aside): they must be line-aligned.
    /// </summary>
    public static Result<LanguageTaxReport> Build(string textA, string textB, IEnumerable<ITokenCounter> tokenizers)
    {
        ArgumentNullException.ThrowIfNull(textA);
        ArgumentNullException.ThrowIfNull(textB);
        ArgumentNullException.ThrowIfNull(tokenizers);
        var linesA = SplitLines(textA);
        var linesB = SplitLines(textB);
        if (linesA.Count != linesB.Count)
        {
            return Result<LanguageTaxReport>.Fail(
                $"the texts are not line-aligned: A has {linesA.Count} lines, B has {linesB.Count}; put each sentence and its translation on the same line number");
        }

        var pairs = Enumerable.Range(0, linesA.Count)
            .Where(i => !string.IsNullOrWhiteSpace(linesA[i]) && !string.IsNullOrWhiteSpace(linesB[i]))
            .Select(i => (A: linesA[i], B: linesB[i]))
            .ToList();
        long charactersA = TextMeasure.CountCharacters(textA);
        long charactersB = TextMeasure.CountCharacters(textB);
        var rows = tokenizers.Select(t => Row(t, textA, textB, charactersA, charactersB, pairs)).ToList();
        return new LanguageTaxReport(linesA.Count, pairs.Count, charactersA, charactersB, rows);
    }

    private static LanguageTaxRow Row(ITokenCounter tokenizer, string textA, string textB, long charactersA, long charactersB, List<(string A, string B)> pairs)
    {
        long tokensA = tokenizer.CountTokens(textA);
        long tokensB = tokenizer.CountTokens(textB);
        var premiums = pairs
            .Select(p => (A: tokenizer.CountTokens(p.A), B: tokenizer.CountTokens(p.B)))
            .Where(c => c.A > 0)
            .Select(c => (double)c.B / c.A)
            .ToList();
        return new LanguageTaxRow(
            tokenizer.Name, tokensA, tokensB, tokensA == 0 ? 0 : (double)tokensB / tokensA, Median(premiums),
            TextMeasure.CharactersPerToken(charactersA, tokensA), TextMeasure.CharactersPerToken(charactersB, tokensB));
    }

    private static List<string> SplitLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
