namespace Roots.Core.Analysis;

/// <summary>Counts of characters and words by script in a sample of text.</summary>
internal readonly record struct ScriptCounts(int Han, int Kana, int Hangul, int LatinWords, int OtherLetters, string DominantOtherScript)
{
    public static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int han = 0, kana = 0, hangul = 0, latinWords = 0;
        Span<int> other = stackalloc int[OtherScripts.Length];
        bool inLatinWord = false;
        foreach (char c in text)
        {
            bool latin = c < 0x250 && char.IsLetter(c);
            if (latin && !inLatinWord)
            {
                latinWords++;
            }

            inLatinWord = latin;
            if (latin)
            {
                continue;
            }

            if (CharClassifier.IsHan(c))
            {
                han++;
            }
            else if (c >= '\u3040' && c <= '\u30FF')
            {
                kana++;
            }
            else if (c >= '\uAC00' && c <= '\uD7AF')
            {
                hangul++;
            }
            else
            {
                for (int k = 0; k < OtherScripts.Length; k++)
                {
                    if (c >= OtherScripts[k].From && c <= OtherScripts[k].To)
                    {
                        other[k]++;
                        break;
                    }
                }
            }
        }

        int bestIndex = 0;
        for (int k = 1; k < other.Length; k++)
        {
            if (other[k] > other[bestIndex])
            {
                bestIndex = k;
            }
        }

        return new ScriptCounts(han, kana, hangul, latinWords, other[bestIndex], OtherScripts[bestIndex].Language);
    }

    private static readonly (char From, char To, string Language)[] OtherScripts =
    [
        ('\u0400', '\u04FF', "ru"),
        ('\u0600', '\u06FF', "ar"),
        ('\u0370', '\u03FF', "el"),
        ('\u0590', '\u05FF', "he"),
        ('\u0E00', '\u0E7F', "th"),
        ('\u0900', '\u097F', "hi"),
    ];
}
