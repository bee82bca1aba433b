using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// An extractive summary by graph-based sentence ranking (TextRank, Mihalcea and Tarau 2004):
/// sentences are nodes, edges are weighted by shared terms normalised by sentence lengths, and
/// PageRank picks the most central sentences, which are returned in their original order.
/// </summary>
/// <remarks>
/// Works in any language the analyzer handles, with no model: Chinese sentences share words and
/// bigrams, English ones stems. Reads at most <see cref="MaxSentences"/> sentences (the opening of
/// a long document), so a 500-page PDF costs the same as an article. Stateless and thread-safe.
/// </remarks>
public static class ExtractiveSummarizer
{
    /// <summary>Sentences considered; ranking is quadratic in this.</summary>
    public const int MaxSentences = 150;

    /// <summary>The provenance recorded with a summary made here.</summary>
    public const string Provenance = "extractive";

    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <summary>
    /// Summarises <paramref name="text"/> in at most <paramref name="maxSentences"/> sentences (default 3)
    /// and, for Chinese, at most about <paramref name="maxChineseCharacters"/> characters (default 200).
    /// Returns an empty string when the text has no sentence.
    /// </summary>
    public static string Summarize(string text, string? language = null, int maxSentences = 3, int maxChineseCharacters = 200)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text).Take(MaxSentences).ToList();
        if (sentences.Count <= 1)
        {
            return sentences.Count == 1 ? sentences[0] : "";
        }

        // Bigrams measure overlap between Chinese sentences as well as words do, at a fiftieth of the cost.
        var terms = sentences.Select(s => TextAnalyzer.Terms(s, ChineseIndexing.Bigrams).ToHashSet(StringComparer.Ordinal)).ToList();
        double[] rank = Rank(terms);
        string textLanguage = language ?? LanguageDetector.Detect(text);
        bool chinese = textLanguage is "zh" or "ja";
        var candidates = Enumerable.Range(0, sentences.Count).Where(i => terms[i].Count >= 2).ToList();
        var substantial = Substantial(sentences, terms, candidates, textLanguage);
        if (substantial.Count > 0)
        {
            candidates = substantial;
        }

        var chosen = new List<int>();
        int characters = 0;
        foreach (int index in candidates.OrderByDescending(i => rank[i]).ThenBy(i => i))
        {
            if (chosen.Count >= maxSentences)
            {
                break;
            }

            if (chinese && chosen.Count > 0 && characters + sentences[index].Length > maxChineseCharacters)
            {
                continue;
            }

            chosen.Add(index);
            characters += sentences[index].Length;
        }

        if (chosen.Count == 0)
        {
            chosen.Add(0);
        }

        chosen.Sort();
        return string.Join(chinese ? "" : " ", chosen.Select(i => sentences[i]));
    }

    /// <summary>
    /// The sentences a reader would take for a summary: in the text's own language (a bilingual
    /// text is summarised in the language it is shown in), long enough to say something, and not a
    /// heading or refrain the text repeats. TextRank alone prefers such short repeated lines: they
    /// share their few words with many sentences (in Li Wei's essay, the title heading every piece).
    /// </summary>
    private static List<int> Substantial(List<string> sentences, List<HashSet<string>> terms, List<int> candidates, string language)
    {
        var seen = sentences.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return candidates.Where(i => terms[i].Count >= MinSubstantialTerms
                && seen[sentences[i]] == 1
                && (language == LanguageDetector.Undetermined || LanguageDetector.Detect(sentences[i]) == language))
            .ToList();
    }

    /// <summary>
    /// Distinct terms a summary sentence has at least: about seven Chinese characters (bigrams) or
    /// six content words.
    /// </summary>
    private const int MinSubstantialTerms = 6;

    private static double[] Rank(List<HashSet<string>> terms)
    {
        int n = terms.Count;
        var weights = new double[n, n];
        var outWeight = new double[n];
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                double w = Similarity(terms[a], terms[b]);
                weights[a, b] = weights[b, a] = w;
                outWeight[a] += w;
                outWeight[b] += w;
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int a = 0; a < n; a++)
            {
                double sum = 0;
                for (int b = 0; b < n; b++)
                {
                    if (weights[b, a] > 0)
                    {
                        sum += weights[b, a] / outWeight[b] * rank[b];
                    }
                }

                next[a] = ((1 - Damping) / n) + (Damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }

    /// <summary>TextRank's similarity: shared terms over the log lengths of both sentences.</summary>
    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return shared == 0 ? 0 : shared / (Math.Log(a.Count) + Math.Log(b.Count));
    }
}
