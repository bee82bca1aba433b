using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.LanguageTax;

/// <summary>
/// The language tax by meaning: tokens of a text in language X over tokens of the same content in
/// English. Tokens per 1,000 characters overstate it for scripts whose characters carry more
/// meaning (a Chinese character does the work of several English letters): the seed essay's
/// Chinese half costs 3.7× its English half per character under o200k_base, but only 1.05× for the
/// same content.
/// </summary>
/// <remarks>Pure and thread-safe; the tokenizers are called from one thread.</remarks>
public static class MeaningTax
{
    /// <summary>
    /// Measures <paramref name="pairs"/> (any languages mixed) with each tokenizer: one row per
    /// language and tokenizer, languages in ordinal order, tokenizers in the order given. Pairs with
    /// a blank side, and English pairs, are left out.
    /// </summary>
    public static IReadOnlyList<MeaningTaxRow> Measure(IEnumerable<MeaningPair> pairs, IReadOnlyList<ITokenCounter> tokenizers, MeaningBasis basis)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(tokenizers);
        var usable = pairs
            .Where(p => !string.IsNullOrWhiteSpace(p.Text) && !string.IsNullOrWhiteSpace(p.English) && !string.IsNullOrWhiteSpace(p.Language))
            .Where(p => !string.Equals(p.Language, "en", StringComparison.OrdinalIgnoreCase))
            .Select(p => (Pair: p, Aligned: AlignedPair.Of(p)))
            .ToList();
        return [.. usable
            .GroupBy(u => u.Pair.Language.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => tokenizers.Select(t => Row(g.Key, g.ToList(), t, basis)))];
    }

    private static MeaningTaxRow Row(string language, List<(MeaningPair Pair, AlignedPair Aligned)> pairs, ITokenCounter tokenizer, MeaningBasis basis)
    {
        long tokens = 0, englishTokens = 0, characters = 0, englishCharacters = 0;
        var ratios = new List<double>();
        foreach (var (text, english) in pairs.SelectMany(p => p.Aligned.Segments))
        {
            long t = tokenizer.CountTokens(text);
            long e = tokenizer.CountTokens(english);
            tokens += t;
            englishTokens += e;
            characters += TextMeasure.CountCharacters(text);
            englishCharacters += TextMeasure.CountCharacters(english);
            if (e > 0)
            {
                ratios.Add((double)t / e);
            }
        }

        return new MeaningTaxRow(
            language, tokenizer.Name, basis, pairs.Count, pairs.Count(p => p.Aligned.ParagraphAligned), pairs.Sum(p => p.Aligned.Segments.Count),
            characters, englishCharacters, tokens, englishTokens,
            englishTokens == 0 ? 0 : (double)tokens / englishTokens, Median(ratios));
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
