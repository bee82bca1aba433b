using System.Globalization;
using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Recognises UTF-16 written without a byte-order mark (PowerShell redirection and other Windows
/// tools do it), which the binary check would otherwise refuse for its NUL bytes. Text with any
/// ASCII in it (a space, a line break) has NUL bytes in every other place, the high byte of each
/// ASCII character: odd places for little-endian, even for big-endian. The sample must then decode
/// as strict UTF-16 into plausible text: no NUL character, at most 1 % control, private-use or
/// unassigned characters. Binary fails this: 16-bit numbers make control characters, runs of zero
/// bytes make NUL characters, random bytes make lone surrogates.
/// </summary>
/// <remarks>
/// UTF-16 with no NUL byte at all (a single line of Chinese, without a space or line break) is not
/// recognised: Shift_JIS and GBK bytes read as UTF-16 give CJK ideographs as well, so there is no
/// safe guess. Stateless and thread-safe.
/// </remarks>
internal static class Utf16Text
{
    /// <summary>Largest share of suspect characters (controls, private use, unassigned) in plausible text: 1 %.</summary>
    private const double MaxSuspectShare = 0.01;

    private static readonly UnicodeEncoding StrictLittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictBigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The UTF-16 encoding (little- or big-endian, replacing bad bytes with U+FFFD) that
    /// <paramref name="content"/> is written in without a byte-order mark, or null when it is not UTF-16.
    /// </summary>
    /// <param name="content">The bytes; the first <see cref="BinaryContent.SampleLength"/> are examined.</param>
    public static Encoding? Detect(ReadOnlySpan<byte> content)
    {
        var sample = content.Length > BinaryContent.SampleLength ? content[..BinaryContent.SampleLength] : content;
        sample = sample[..(sample.Length & ~1)];
        if (sample.Length < 2)
        {
            return null;
        }

        int nulEven = 0, nulOdd = 0;
        for (int i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = (i & 1) == 0 ? nulEven++ : nulOdd++;
            }
        }

        if (nulEven + nulOdd == 0)
        {
            return null;
        }

        bool littleFirst = nulOdd >= nulEven;
        foreach (bool little in new[] { littleFirst, !littleFirst })
        {
            if (Decode(sample, little, cut: sample.Length < content.Length) is { } text && IsPlausible(text))
            {
                return new UnicodeEncoding(bigEndian: !little, byteOrderMark: false);
            }
        }

        return null;
    }

    /// <summary>The sample decoded strictly, or null when it is not well-formed UTF-16 in that byte order.</summary>
    private static string? Decode(ReadOnlySpan<byte> sample, bool little, bool cut)
    {
        if (cut && sample.Length >= 2)
        {
            // A surrogate pair split by the end of the sample is not a flaw of the text.
            ushort last = little ? (ushort)(sample[^2] | (sample[^1] << 8)) : (ushort)((sample[^2] << 8) | sample[^1]);
            if (char.IsHighSurrogate((char)last))
            {
                sample = sample[..^2];
            }
        }

        try
        {
            return (little ? StrictLittleEndian : StrictBigEndian).GetString(sample);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsPlausible(string text)
    {
        int suspect = 0;
        foreach (char c in text)
        {
            if (c == '\0')
            {
                return false;
            }

            if (IsSuspect(c))
            {
                suspect++;
            }
        }

        return suspect <= text.Length * MaxSuspectShare;
    }

    private static bool IsSuspect(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\u001b'))
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
