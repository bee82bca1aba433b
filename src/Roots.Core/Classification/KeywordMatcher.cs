using Roots.Core.Analysis;

namespace Roots.Core.Classification;

/// <summary>
/// Matches a rule's keywords, any one of them, against an item's title and text. A keyword with
/// Chinese (or kana, Hangul) characters matches as a substring of the normalised text (Chinese has no spaces to
/// respect); any other keyword matches as a run of consecutive analysed words, so case, width,
/// plural and stop words do not matter and "ai" never matches inside "said".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class KeywordMatcher
{
    private readonly string[] _substrings;
    private readonly string[][] _phrases;

    private KeywordMatcher(string[] substrings, string[][] phrases)
    {
        _substrings = substrings;
        _phrases = phrases;
    }

    /// <summary>True when there are no keywords (the rule does not test them).</summary>
    public bool IsEmpty => _substrings.Length == 0 && _phrases.Length == 0;

    /// <summary>Compiles keywords; fails on one with nothing to match (only punctuation or stop words).</summary>
    public static Result<KeywordMatcher> Create(IEnumerable<string> keywords)
    {
        var substrings = new List<string>();
        var phrases = new List<string[]>();
        foreach (string keyword in keywords)
        {
            string normalized = TextNormalizer.Normalize(keyword ?? "").Trim();
            if (normalized.Any(c => CharClassifier.Classify(c) is CharClass.Han or CharClass.Syllabic))
            {
                substrings.Add(normalized);
                continue;
            }

            var words = RuleWords.Of(normalized);
            if (words.Count == 0)
            {
                return Result<KeywordMatcher>.Fail($"keyword '{keyword}' has no word to match (only punctuation or stop words)");
            }

            phrases.Add(words.ToArray());
        }

        return new KeywordMatcher(substrings.ToArray(), phrases.ToArray());
    }

    /// <summary>True when any keyword occurs in <paramref name="subject"/>.</summary>
    public bool Matches(RuleSubject subject)
    {
        foreach (string substring in _substrings)
        {
            if (subject.Normalized.Contains(substring, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (string[] phrase in _phrases)
        {
            if (ContainsPhrase(subject, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPhrase(RuleSubject subject, string[] phrase)
    {
        var words = subject.Words;
        foreach (int start in subject.PositionsOf(phrase[0]))
        {
            if (start + phrase.Length > words.Count)
            {
                break;
            }

            int k = 1;
            while (k < phrase.Length && string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
