using System.Text;
using Roots.Core.Analysis;

namespace Roots.Core.Lexicon;

/// <summary>
/// Translates a query word by word through a <see cref="BilingualLexicon"/>: each Chinese word (as
/// <see cref="ChineseSegmenter"/> cuts it, the segmentation the index uses) becomes weighted English
/// stems, each English term becomes the Chinese headwords that mean exactly it, analysed into the
/// index's Chinese terms. Words already in the other language are not repeated: the original query
/// finds those.
/// </summary>
/// <remarks>
/// Dictionary translation is noisy (a word's rarer senses come along), so only the heaviest
/// <see cref="MaxTerms"/> terms are kept, and callers weigh the translated ranking below the
/// original one. Stateless apart from the lexicon; thread-safe.
/// </remarks>
/// <param name="lexicon">The dictionary.</param>
public sealed class QueryTranslator(BilingualLexicon lexicon)
{
    /// <summary>At most this many translated terms: the full-text index takes 64, and noise grows with length.</summary>
    public const int MaxTerms = 48;

    /// <summary>Translated terms kept per word of the query, so a short query stays specific.</summary>
    public const int TermsPerWord = 4;

    /// <summary>Single characters are ambiguous (做: make, do, write, be …): their glosses count this much of a word's.</summary>
    private const double SingleCharacterWeight = 0.5;

    /// <summary>Translates <paramref name="query"/> into the other language's index terms.</summary>
    /// <param name="query">The query as typed, Chinese, English or both.</param>
    /// <param name="chinese">How the index cuts Chinese, so Chinese headwords become the terms it holds.</param>
    public TranslatedQuery Translate(string query, ChineseIndexing chinese = ChineseIndexing.WordsAndBigrams)
    {
        ArgumentNullException.ThrowIfNull(query);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        int words = 0;
        var tokens = TextAnalyzer.Terms(query, ChineseIndexing.Words);
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (CharClassifier.IsHan(token[0]))
            {
                foreach (var (word, weight) in ChineseWords(token))
                {
                    words++;
                    foreach (var term in lexicon.English(word))
                    {
                        weights[term.Term] = weights.GetValueOrDefault(term.Term) + (weight * term.Weight);
                    }
                }
            }
            else if (char.IsAsciiLetter(token[0]))
            {
                words++;
                var chineseWords = i + 1 < tokens.Count ? lexicon.Chinese(token + " " + tokens[i + 1]) : [];
                if (chineseWords.Count > 0)
                {
                    i++;
                }
                else
                {
                    chineseWords = lexicon.Chinese(token);
                }

                foreach (var headword in chineseWords)
                {
                    foreach (string term in TextAnalyzer.Terms(headword.Term, chinese).Distinct(StringComparer.Ordinal))
                    {
                        weights[term] = weights.GetValueOrDefault(term) + headword.Weight;
                    }
                }
            }
        }

        if (weights.Count == 0)
        {
            return TranslatedQuery.None with { EnglishText = EnglishText(query) };
        }

        var terms = weights.Select(w => new WeightedTerm(w.Key, w.Value))
            .OrderByDescending(w => w.Weight).ThenBy(w => w.Term, StringComparer.Ordinal)
            .Take(Math.Clamp(words * TermsPerWord, TermsPerWord, MaxTerms)).ToList();
        return new TranslatedQuery(terms, EnglishText(query));
    }

    /// <summary>
    /// The query with each Chinese word replaced by its first English gloss ("怎么做面包" → "how to make bread");
    /// null when it holds no Chinese. Function words without a dictionary sense drop out.
    /// </summary>
    /// <param name="query">The query as typed.</param>
    public string? EnglishText(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string text = TextNormalizer.Normalize(query);
        if (!text.Any(CharClassifier.IsHan))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length * 3);
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool han = CharClassifier.IsHan(text[i]);
            while (i < text.Length && CharClassifier.IsHan(text[i]) == han)
            {
                i++;
            }

            if (!han)
            {
                builder.Append(text, start, i - start);
                continue;
            }

            foreach (string word in ChineseSegmenter.Words(text[start..i]))
            {
                foreach (var (piece, _) in ChineseWords(word))
                {
                    if (lexicon.EnglishGloss(piece) is { Length: > 0 } gloss)
                    {
                        builder.Append(' ').Append(gloss).Append(' ');
                    }
                }
            }
        }

        string english = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return english.Length == 0 ? null : english;
    }

    /// <summary>
    /// The dictionary words of one segmented word: itself when the dictionary has it, else its
    /// longest known pieces left to right (the segmenter's word list and CEDICT's differ); function
    /// characters (的, 了, 是 …) are left out.
    /// </summary>
    private IEnumerable<(string Word, double Weight)> ChineseWords(string word)
    {
        int i = 0;
        while (i < word.Length)
        {
            int length = Math.Min(word.Length - i, lexicon.MaxHeadwordLength);
            while (length > 1 && !lexicon.Contains(word.Substring(i, length)))
            {
                length--;
            }

            string piece = word.Substring(i, length);
            i += length;
            if (length == 1 && ChineseParticles.Contains(piece[0]))
            {
                continue;
            }

            if (lexicon.Contains(piece))
            {
                yield return (piece, length == 1 ? SingleCharacterWeight : 1.0);
            }
        }
    }
}
