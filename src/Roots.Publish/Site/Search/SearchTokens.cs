using System.Text;

namespace Roots.Publish.Site.Search;

/// <summary>
/// The tokens of the offline search, made the same way here and in <c>search.js</c>: text is
/// NFKC-normalised and lower-cased; runs of Chinese, Japanese or Korean characters become
/// overlapping character pairs (a lone character stays itself), and runs of other letters and
/// digits become words. Pairs need no dictionary in the browser and find any Chinese word of two
/// characters or more, which a word segmenter in JavaScript could not promise.
/// </summary>
public static class SearchTokens
{
    /// <summary>The tokens of <paramref name="text"/>, in order, with repeats.</summary>
    public static IEnumerable<string> Of(string? text)
    {
        string normal = (text ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var run = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in normal.EnumerateRunes())
        {
            if (IsCjk(rune.Value))
            {
                foreach (string token in Word(word))
                {
                    yield return token;
                }

                run.Add(rune.ToString());
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                foreach (string token in Run(run))
                {
                    yield return token;
                }

                word.Append(rune.ToString());
            }
            else
            {
                foreach (string token in Run(run).Concat(Word(word)))
                {
                    yield return token;
                }
            }
        }

        foreach (string token in Run(run).Concat(Word(word)))
        {
            yield return token;
        }
    }

    private static List<string> Run(List<string> run)
    {
        var tokens = new List<string>();
        if (run.Count == 1)
        {
            tokens.Add(run[0]);
        }

        for (int i = 0; i + 1 < run.Count; i++)
        {
            tokens.Add(run[i] + run[i + 1]);
        }

        run.Clear();
        return tokens;
    }

    private static List<string> Word(StringBuilder word)
    {
        var tokens = new List<string>();
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }

        return tokens;
    }

    /// <summary>The ranges <c>search.js</c> treats as CJK: kana, CJK ideographs (with extension A and compatibility), Hangul.</summary>
    private static bool IsCjk(int c) =>
        c is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xAC00 and <= 0xD7AF);
}
