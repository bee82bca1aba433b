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
    public static IReadOnlyList<string> Of(string? text)
    {
        string normal = (text ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var tokens = new List<string>();
        var run = new List<int>();
        int wordStart = -1;
        int index = 0;
        foreach (var rune in normal.EnumerateRunes())
        {
            if (IsCjk(rune.Value))
            {
                FlushWord(tokens, normal, ref wordStart, index);
                run.Add(index);
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                FlushRun(tokens, normal, run, index);
                if (wordStart < 0)
                {
                    wordStart = index;
                }
            }
            else
            {
                FlushRun(tokens, normal, run, index);
                FlushWord(tokens, normal, ref wordStart, index);
            }

            index += rune.Utf16SequenceLength;
        }

        FlushRun(tokens, normal, run, index);
        FlushWord(tokens, normal, ref wordStart, index);
        return tokens;
    }

    /// <summary>
    /// A run of CJK characters, given by where each starts (a run is contiguous and ends at
    /// <paramref name="end"/>): overlapping pairs, or the lone character.
    /// </summary>
    private static void FlushRun(List<string> tokens, string text, List<int> run, int end)
    {
        if (run.Count == 1)
        {
            tokens.Add(text[run[0]..end]);
        }

        for (int i = 0; i + 1 < run.Count; i++)
        {
            tokens.Add(text[run[i]..(i + 2 < run.Count ? run[i + 2] : end)]);
        }

        run.Clear();
    }

    /// <summary>A word of letters and digits, from <paramref name="start"/> to <paramref name="end"/> (a word is contiguous in the text).</summary>
    private static void FlushWord(List<string> tokens, string text, ref int start, int end)
    {
        if (start >= 0)
        {
            tokens.Add(text[start..end]);
            start = -1;
        }
    }

    /// <summary>The ranges <c>search.js</c> treats as CJK: kana, CJK ideographs (with extension A and compatibility), Hangul.</summary>
    private static bool IsCjk(int c) =>
        c is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xAC00 and <= 0xD7AF);
}
