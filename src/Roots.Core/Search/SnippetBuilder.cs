using Roots.Core.Analysis;

namespace Roots.Core.Search;

/// <summary>
/// Finds the passage of a document that best matches a query and marks the matched words, in
/// Chinese as in English.
/// </summary>
/// <remarks>
/// Works on the original text so that offsets stay true: characters are folded one by one
/// (<see cref="TextNormalizer.FoldChar"/>), alphabetic words are stemmed as the analyzer does,
/// and Chinese, Japanese and Korean terms (words and bigrams) are found by ordinal search.
/// Reads at most <see cref="MaxScanLength"/> characters of a document. Thread-safe.
/// </remarks>
public static class SnippetBuilder
{
    /// <summary>Documents are scanned up to this many characters for matches.</summary>
    public const int MaxScanLength = 200_000;

    /// <summary>Builds a snippet of about <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="queryTerms">The analysed query terms (<see cref="TextAnalyzer.Terms"/>).</param>
    /// <param name="maxLength">The excerpt length in characters (default 160).</param>
    public static Snippet Build(string text, IReadOnlyCollection<string> queryTerms, int maxLength = 160)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        int scanLength = Math.Min(text.Length, MaxScanLength);
        var folded = Fold(text.AsSpan(0, scanLength));
        var matches = FindMatches(folded, queryTerms);
        var (start, end) = ChooseWindow(text, matches, maxLength);
        return Cut(text, start, end, matches);
    }

    private static char[] Fold(ReadOnlySpan<char> text)
    {
        var folded = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            folded[i] = TextNormalizer.FoldChar(text[i]);
        }

        return folded;
    }

    private static List<(TextSpan Span, int Term)> FindMatches(char[] folded, IReadOnlyCollection<string> queryTerms)
    {
        var matches = new List<(TextSpan, int)>();
        var wordTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        int termIndex = 0;
        foreach (string term in queryTerms.Distinct(StringComparer.Ordinal))
        {
            if (term.Length > 0 && CharClassifier.Classify(term[0]) is CharClass.Han or CharClass.Syllabic)
            {
                AddOrdinalMatches(folded, term, termIndex, matches);
            }
            else
            {
                wordTerms[term] = termIndex;
            }

            termIndex++;
        }

        if (wordTerms.Count > 0)
        {
            AddWordMatches(folded, wordTerms, matches);
        }

        matches.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return matches;
    }

    private static void AddOrdinalMatches(char[] folded, string term, int termIndex, List<(TextSpan, int)> matches)
    {
        const int MaxPerTerm = 1_000;
        ReadOnlySpan<char> haystack = folded;
        int from = 0, found = 0;
        while (found < MaxPerTerm && from < haystack.Length)
        {
            int at = haystack[from..].IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            matches.Add((new TextSpan(from + at, term.Length), termIndex));
            from += at + 1;
            found++;
        }
    }

    private static void AddWordMatches(char[] folded, Dictionary<string, int> wordTerms, List<(TextSpan, int)> matches)
    {
        var lookup = wordTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < folded.Length)
        {
            if (CharClassifier.Classify(folded[i]) != CharClass.Word)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && CharClassifier.Classify(folded[i]) == CharClass.Word)
            {
                i++;
            }

            var word = folded.AsSpan(start, i - start);
            if (word.Length <= TextAnalyzer.MaxWordLength && lookup.TryGetValue(EnglishStemmer.Stem(word), out int term))
            {
                matches.Add((new TextSpan(start, i - start), term));
            }
        }
    }

    /// <summary>Picks the window of <paramref name="maxLength"/> characters holding the most distinct terms.</summary>
    private static (int Start, int End) ChooseWindow(string text, List<(TextSpan Span, int Term)> matches, int maxLength)
    {
        if (matches.Count == 0 || text.Length <= maxLength)
        {
            return (0, Math.Min(text.Length, maxLength));
        }

        int bestStart = matches[0].Span.Start, bestScore = -1;
        var seen = new HashSet<int>();
        for (int first = 0; first < matches.Count; first++)
        {
            seen.Clear();
            int windowEnd = matches[first].Span.Start + maxLength;
            int hits = 0;
            for (int k = first; k < matches.Count && matches[k].Span.End <= windowEnd; k++)
            {
                seen.Add(matches[k].Term);
                hits++;
            }

            int score = (seen.Count * 1_000) + hits;
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = matches[first].Span.Start;
            }

            if (first > 500)
            {
                break; // enough candidates: hostile documents must not make this quadratic
            }
        }

        // Open a little before the first match, at a word or sentence boundary when one is near,
        // and never so late that the window runs past the end of the text.
        int start = Math.Max(0, Math.Min(bestStart - (maxLength / 4), text.Length - maxLength));
        for (int k = start; k < bestStart; k++)
        {
            if (char.IsWhiteSpace(text[k]) || char.IsPunctuation(text[k]))
            {
                start = k + 1;
                break;
            }
        }

        return (start, Math.Min(text.Length, start + maxLength));
    }

    private static Snippet Cut(string text, int start, int end, List<(TextSpan Span, int Term)> matches)
    {
        var builder = new System.Text.StringBuilder(end - start + 2);
        var highlights = new List<TextSpan>();
        if (start > 0)
        {
            builder.Append('…');
        }

        bool lastWasSpace = false;
        // Copy the window collapsing whitespace; map match offsets through the copy.
        var map = new int[end - start + 1];
        for (int i = start; i < end; i++)
        {
            map[i - start] = builder.Length;
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c);
        }

        map[end - start] = builder.Length;
        foreach (var (span, _) in matches)
        {
            if (span.Start < start || span.End > end)
            {
                continue;
            }

            int s = map[span.Start - start], e = map[span.End - start];
            if (highlights.Count > 0 && highlights[^1].End >= s)
            {
                var previous = highlights[^1];
                highlights[^1] = new TextSpan(previous.Start, Math.Max(previous.End, e) - previous.Start);
            }
            else
            {
                highlights.Add(new TextSpan(s, e - s));
            }
        }

        if (end < text.Length)
        {
            builder.Append('…');
        }

        return new Snippet(builder.ToString(), highlights);
    }
}
