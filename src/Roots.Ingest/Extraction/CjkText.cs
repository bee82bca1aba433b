using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Which characters belong to writing that puts no spaces between words: Chinese characters,
/// Japanese kana, and the full-width punctuation set with them. Hangul is not among them, since
/// Korean separates words with spaces. Used to decide that a line break or a gap between two such
/// characters is no word boundary.
/// </summary>
internal static class CjkText
{
    /// <summary>True when <paramref name="rune"/> is a Chinese character, kana or CJK punctuation.</summary>
    public static bool IsUnspaced(Rune rune)
    {
        var value = rune.Value;
        return value is (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x20000 and <= 0x3FFFF) // extensions B and later, in the supplementary planes
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x2E80 and <= 0x2FDF) // radicals
            or (>= 0x3000 and <= 0x303F) // CJK symbols and punctuation: 、。「」〇
            or (>= 0x3040 and <= 0x30FF) // hiragana, katakana
            or (>= 0x31F0 and <= 0x31FF) // katakana extensions
            or (>= 0xFE30 and <= 0xFE4F) // vertical forms
            or (>= 0xFF00 and <= 0xFF60); // full-width ，！？：；（）
    }

    /// <summary>True when the text's first character is unspaced CJK; false for empty text.</summary>
    public static bool StartsUnspaced(ReadOnlySpan<char> text) =>
        Rune.DecodeFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done && IsUnspaced(rune);

    /// <summary>True when the text's last character is unspaced CJK; false for empty text.</summary>
    public static bool EndsUnspaced(ReadOnlySpan<char> text) =>
        Rune.DecodeLastFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done && IsUnspaced(rune);
}
