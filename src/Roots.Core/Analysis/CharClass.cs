using System.Globalization;

namespace Roots.Core.Analysis;

/// <summary>How the analyzer treats a character: which script run it belongs to.</summary>
public enum CharClass : byte
{
    /// <summary>Punctuation, space, symbols: ends a run.</summary>
    Separator,

    /// <summary>Chinese characters (CJK unified ideographs and extensions): segmented into words and bigrams.</summary>
    Han,

    /// <summary>Hiragana, katakana, Hangul: indexed as character bigrams.</summary>
    Syllabic,

    /// <summary>Letters of alphabetic scripts and digits: words split on separators.</summary>
    Word,
}

/// <summary>Classifies characters into <see cref="CharClass"/> values.</summary>
public static class CharClassifier
{
    public static CharClass Classify(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) ? CharClass.Word : CharClass.Separator;
        }

        if (IsHan(c))
        {
            return CharClass.Han;
        }

        if ((c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\u1100' && c <= '\u11FF') ||
            (c >= '\u3130' && c <= '\u318F') || (c >= '\u31F0' && c <= '\u31FF'))
        {
            return c == '\u30FB' ? CharClass.Separator : CharClass.Syllabic; // ・ is punctuation
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => CharClass.Word,
            _ => CharClass.Separator,
        };
    }

    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';
}
