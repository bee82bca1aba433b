using System.Globalization;
using Roots.App.Models;
using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tokens;

/// <summary>
/// Chooses, per language, what the tax by meaning is measured on: the library's own translation
/// pairs where it has any in that language, else the bundled <see cref="ReferenceCorpus"/>; and
/// says so in one line.
/// </summary>
public static class LanguageTaxByMeaning
{
    /// <summary>
    /// The overview for the languages of <paramref name="perCharacters"/> (the library's texts) and
    /// of <paramref name="libraryPairs"/>, English aside. A language with neither library pairs nor
    /// a place in the reference corpus gets no by-meaning line.
    /// </summary>
    public static LanguageTaxOverview Build(IReadOnlyList<LanguageTaxLine> perCharacters, IReadOnlyList<MeaningPair> libraryPairs, IReadOnlyList<ITokenCounter> tokenizers)
    {
        ArgumentNullException.ThrowIfNull(perCharacters);
        ArgumentNullException.ThrowIfNull(libraryPairs);
        ArgumentNullException.ThrowIfNull(tokenizers);
        var library = MeaningTax.Measure(libraryPairs, tokenizers, MeaningBasis.Library);
        var measured = library.Select(r => r.Language).ToHashSet(StringComparer.Ordinal);
        var fallback = perCharacters.Select(l => TranslationLanguages.Primary(l.Language))
            .Where(l => l != "en" && !measured.Contains(l) && ReferenceCorpus.Languages.Contains(l))
            .Distinct(StringComparer.Ordinal).ToList();
        var reference = MeaningTax.Measure(fallback.SelectMany(ReferenceCorpus.Pairs), tokenizers, MeaningBasis.Reference);
        var perThousand = perCharacters.GroupBy(l => (TranslationLanguages.Primary(l.Language), l.Tokenizer))
            .ToDictionary(g => g.Key, g => g.First().TokensPerThousandCharacters);
        var lines = library.Concat(reference)
            .OrderBy(r => r.Language, StringComparer.Ordinal).ThenBy(r => tokenizers.Select(t => t.Name).ToList().IndexOf(r.Tokenizer))
            .Select(r => new MeaningTaxLine(
                r.Language, r.Tokenizer, r.Basis == MeaningBasis.Library ? "library" : "reference", r.Pairs, r.ParagraphAlignedPairs,
                r.Tokens, r.EnglishTokens, Math.Round(r.TokensPerEnglishToken, 4), r.MedianSegmentRatio is { } m ? Math.Round(m, 4) : null,
                perThousand.TryGetValue((r.Language, r.Tokenizer), out double p) ? p : null))
            .ToList();
        return new LanguageTaxOverview(lines, perCharacters, Basis(library, reference));
    }

    private static string Basis(IReadOnlyList<MeaningTaxRow> library, IReadOnlyList<MeaningTaxRow> reference)
    {
        var parts = new List<string>();
        if (library.Count > 0)
        {
            int pairs = library.DistinctBy(r => r.Language).Sum(r => r.Pairs);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{pairs} translation {(pairs == 1 ? "pair" : "pairs")} in this library ({Languages(library)})"));
        }

        if (reference.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"reference corpus {ReferenceCorpus.Name}, {ReferenceCorpus.SentenceCount} sentences ({Languages(reference)})"));
        }

        return parts.Count == 0 ? "by meaning: no language besides English to compare" : "by meaning: " + string.Join("; ", parts);
    }

    private static string Languages(IReadOnlyList<MeaningTaxRow> rows) => string.Join(", ", rows.Select(r => r.Language).Distinct(StringComparer.Ordinal));
}
