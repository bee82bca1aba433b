using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// The words of a document that may be keywords, with their frequencies and readable forms:
/// Chinese words from the segmenter (two characters or more), and English words of three letters
/// or more shown as written, counted by stem. Function words and numbers are left out.
/// </summary>
public sealed class KeywordCandidates
{
    private KeywordCandidates(Dictionary<string, (int Count, string Display)> terms) => Terms = terms;

    /// <summary>Term → (frequency, display form).</summary>
    public IReadOnlyDictionary<string, (int Count, string Display)> Terms { get; }

    /// <summary>Candidates collected earlier (kept in a cache), without reading the text again.</summary>
    public static KeywordCandidates FromTerms(IEnumerable<KeyValuePair<string, (int Count, string Display)>> terms) =>
        new(new Dictionary<string, (int Count, string Display)>(terms, StringComparer.Ordinal));

    /// <summary>Collects the candidates of <paramref name="text"/> (the first <see cref="MaxLength"/> characters).</summary>
    public static KeywordCandidates Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new Dictionary<string, (int Count, string Display)>(StringComparer.Ordinal);
        string sample = text.Length > MaxLength ? text[..MaxLength] : text;
        foreach (string word in TextAnalyzer.Terms(sample, ChineseIndexing.Words))
        {
            if (word.Length >= 2 && CharClassifier.IsHan(word[0]) && !KeywordStopWords.IsChinese(word))
            {
                terms[word] = (terms.GetValueOrDefault(word).Count + 1, word);
            }
        }

        CountEnglish(sample, terms);
        return new KeywordCandidates(terms);
    }

    /// <summary>Keyword extraction reads at most this many characters.</summary>
    public const int MaxLength = 100_000;

    private static void CountEnglish(string text, Dictionary<string, (int Count, string Display)> terms)
    {
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))))
            {
                i++;
            }

            string surface = text[start..i];
            string lower = surface.ToLowerInvariant();
            if (lower.Length < 3 || lower.Length > TextAnalyzer.MaxWordLength || KeywordStopWords.IsEnglish(lower) || lower.Contains('-'))
            {
                continue;
            }

            string stem = EnglishStemmer.Stem(lower).ToString();
            var forms = surfaces.TryGetValue(stem, out var known) ? known : surfaces[stem] = new Dictionary<string, int>(StringComparer.Ordinal);
            forms[lower] = forms.GetValueOrDefault(lower) + 1;
        }

        // The display form is the spelling written most often (then the shortest), chosen once per stem.
        foreach (var (stem, forms) in surfaces)
        {
            string display = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
            terms[stem] = (terms.GetValueOrDefault(stem).Count + forms.Values.Sum(), display);
        }
    }
}
