using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// Runs a pre-tokenizer regex over text the way the reference implementations (Rust regex,
/// Oniguruma, JavaScript with the <c>u</c> flag) do: by code point.
/// </summary>
/// <remarks>
/// .NET regexes see UTF-16 code units, so a letter outside the Basic Multilingual Plane (𠀀, 𝐀)
/// is two surrogates of category Cs and <c>\p{L}</c> does not match it; the pieces, and so the
/// counts, would differ from tiktoken's. When the text holds surrogate pairs, the regex runs over
/// a shadow string in which each pair is one BMP stand-in character of the same Unicode category,
/// and the match offsets are mapped back. Text without surrogates (nearly all) takes the direct path.
/// </remarks>
internal static class RegexSplitter
{
    /// <summary>Adds the pieces of <paramref name="text"/> to <paramref name="pieces"/>, offsets shifted by <paramref name="offset"/>.</summary>
    /// <param name="regex">The pre-tokenizer pattern.</param>
    /// <param name="text">The text to split.</param>
    /// <param name="offset">Added to every piece offset.</param>
    /// <param name="keepGaps">True for Hugging Face's <c>Isolated</c> split (text between matches is a piece too); false for tiktoken, which keeps matches only.</param>
    /// <param name="pieces">Receives (offset, length) pairs in text order.</param>
    public static void Split(Regex regex, ReadOnlySpan<char> text, int offset, bool keepGaps, List<(int Offset, int Length)> pieces)
    {
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            int end = 0;
            foreach (var match in regex.EnumerateMatches(text))
            {
                Add(pieces, offset, end, match.Index, match.Length, keepGaps);
                end = match.Index + match.Length;
            }

            AddTail(pieces, offset, end, text.Length, keepGaps);
            return;
        }

        SplitShadowed(regex, text, offset, keepGaps, pieces);
    }

    private static void SplitShadowed(Regex regex, ReadOnlySpan<char> text, int offset, bool keepGaps, List<(int Offset, int Length)> pieces)
    {
        char[] shadow = ArrayPool<char>.Shared.Rent(text.Length);
        int[] map = ArrayPool<int>.Shared.Rent(text.Length + 1);
        try
        {
            int n = 0;
            for (int i = 0; i < text.Length; n++)
            {
                map[n] = i;
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    shadow[n] = StandIn(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])));
                    i += 2;
                }
                else
                {
                    shadow[n] = text[i];
                    i++;
                }
            }

            map[n] = text.Length;
            int end = 0;
            foreach (var match in regex.EnumerateMatches(shadow.AsSpan(0, n)))
            {
                int start = map[match.Index];
                int stop = map[match.Index + match.Length];
                Add(pieces, offset, end, start, stop - start, keepGaps);
                end = stop;
            }

            AddTail(pieces, offset, end, text.Length, keepGaps);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(shadow);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static void Add(List<(int Offset, int Length)> pieces, int offset, int previousEnd, int start, int length, bool keepGaps)
    {
        if (keepGaps && start > previousEnd)
        {
            pieces.Add((offset + previousEnd, start - previousEnd));
        }

        if (length > 0)
        {
            pieces.Add((offset + start, length));
        }
    }

    private static void AddTail(List<(int Offset, int Length)> pieces, int offset, int end, int length, bool keepGaps)
    {
        if (keepGaps && end < length)
        {
            pieces.Add((offset + end, length - end));
        }
    }

    /// <summary>
    /// A BMP character of the same category, chosen outside ASCII and outside the CJK and kana
    /// ranges that some pre-tokenizers name literally, so that only the category decides.
    /// </summary>
    internal static char StandIn(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter => '\u0100',
        UnicodeCategory.LowercaseLetter => '\u0101',
        UnicodeCategory.TitlecaseLetter => '\u01C5',
        UnicodeCategory.ModifierLetter => '\u02B0',
        UnicodeCategory.OtherLetter => '\u01BB',
        UnicodeCategory.NonSpacingMark => '\u0300',
        UnicodeCategory.SpacingCombiningMark => '\u0903',
        UnicodeCategory.EnclosingMark => '\u0488',
        UnicodeCategory.DecimalDigitNumber => '\u0660',
        UnicodeCategory.LetterNumber => '\u2160',
        UnicodeCategory.OtherNumber => '\u00B2',
        UnicodeCategory.ConnectorPunctuation => '\u203F',
        UnicodeCategory.DashPunctuation => '\u2010',
        UnicodeCategory.OpenPunctuation => '\u2045',
        UnicodeCategory.ClosePunctuation => '\u2046',
        UnicodeCategory.InitialQuotePunctuation => '\u00AB',
        UnicodeCategory.FinalQuotePunctuation => '\u00BB',
        UnicodeCategory.OtherPunctuation => '\u00B6',
        UnicodeCategory.MathSymbol => '\u00AC',
        UnicodeCategory.CurrencySymbol => '\u00A2',
        UnicodeCategory.ModifierSymbol => '\u02C2',
        UnicodeCategory.OtherSymbol => '\u00A6',
        UnicodeCategory.Format => '\u00AD',
        UnicodeCategory.PrivateUse => '\uE000',
        _ => '\u0378', // unassigned
    };
}
