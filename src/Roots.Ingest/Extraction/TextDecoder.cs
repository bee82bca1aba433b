using System.Text;
using System.Text.Unicode;
using Roots.Core;
using UtfUnknown;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Turns the bytes of a text document into a string, finding the charset the way a browser
/// would: a byte-order mark, then strict UTF-8 or the charset declared out of band, then
/// statistical detection (UTF.Unknown) limited to the encodings people write in, then a short
/// list of likely legacy encodings (GB18030 first, for Chinese). Stateless and thread-safe.
/// </summary>
public static class TextDecoder
{
    /// <summary>
    /// Most U+FFFD replacement characters a decoding may produce, as a share of its length: 1 %.
    /// More means the guess was wrong (or the bytes are not text), and mojibake must not be indexed.
    /// </summary>
    public const double MaxReplacementShare = 0.01;

    /// <summary>Bytes shown to the detector: 256 KiB; more costs time and does not change its verdict.</summary>
    public const int DetectionSampleLength = 256 * 1024;

    /// <summary>Tried in this order when the detector has no sensible answer (short texts).</summary>
    private static readonly string[] _fallbacks = ["GB18030", "big5", "shift_jis", "euc-kr", "windows-1252"];

    /// <summary>
    /// Decodes <paramref name="content"/>. A byte-order mark wins over
    /// <paramref name="declaredCharset"/> (as in browsers: the mark is part of the bytes, the
    /// declaration is often copied from a template or a server default). So does valid UTF-8
    /// that is not plain ASCII: legacy text is almost never valid UTF-8 by accident, while
    /// servers that label UTF-8 as ISO-8859-1 are common. A declared charset that decodes badly
    /// (over 1 % U+FFFD) is dropped in favour of detection. A leading U+FEFF is removed. UTF-16
    /// without a byte-order mark is recognised after the mark (see <see cref="Utf16Text"/>).
    /// </summary>
    /// <param name="content">The bytes.</param>
    /// <param name="declaredCharset">A charset declared out of band (an HTTP header), if any.</param>
    /// <param name="embeddedCharset">
    /// A charset the document declares about itself (an HTML <c>&lt;meta charset&gt;</c>), tried
    /// after <paramref name="declaredCharset"/> and before detection: a page served with a wrong
    /// header usually still carries the right meta tag.
    /// </param>
    /// <returns>The text and the lower-case charset label used (e.g. <c>utf-8</c>, <c>gb18030</c>),
    /// or a failure: <c>empty file</c>, a binary file, or <c>undecodable text (tried …)</c>.</returns>
    public static Result<(string Text, string Charset)> Decode(
        ReadOnlySpan<byte> content, string? declaredCharset = null, string? embeddedCharset = null)
    {
        if (content.IsEmpty)
        {
            return Result<(string, string)>.Fail(ExtractionReasons.EmptyFile);
        }

        var tried = new List<string>();
        if (TryReadBom(content, out var bomEncoding, out var bomLength))
        {
            return Attempt(bomEncoding, content[bomLength..], tried) ?? Undecodable(tried);
        }

        if (Utf16Text.Detect(content) is { } utf16)
        {
            // UTF-16 without a mark: its NUL bytes would make it binary, and no other charset reads it.
            return Attempt(utf16, content, tried) ?? Undecodable(tried);
        }

        var declared = CharsetResolver.Resolve(declaredCharset) ?? CharsetResolver.Resolve(embeddedCharset);
        var isUtf8 = Utf8.IsValid(content);
        if (isUtf8 && (declared is null || declared.CodePage == Encoding.UTF8.CodePage || !Ascii.IsValid(content)))
        {
            return Finish(Encoding.UTF8.GetString(content), "utf-8");
        }

        if (declared is not null && Attempt(declared, content, tried) is { } fromDeclared)
        {
            return fromDeclared;
        }

        if (CharsetResolver.Resolve(embeddedCharset) is { } embedded && embedded.CodePage != declared?.CodePage &&
            Attempt(embedded, content, tried) is { } fromEmbedded)
        {
            return fromEmbedded;
        }

        if (isUtf8)
        {
            return Finish(Encoding.UTF8.GetString(content), "utf-8");
        }

        tried.Add("utf-8");
        foreach (var encoding in Candidates(content))
        {
            if (Attempt(encoding, content, tried) is { } result)
            {
                return result;
            }
        }

        return Undecodable(tried);
    }

    private static IEnumerable<Encoding> Candidates(ReadOnlySpan<byte> content)
    {
        var sample = content.Length > DetectionSampleLength ? content[..DetectionSampleLength] : content;
        var detected = CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName;
        var candidates = new List<Encoding>();
        if (CharsetResolver.IsSensibleDetection(detected) && CharsetResolver.Resolve(detected) is { } guess)
        {
            candidates.Add(guess);
        }

        foreach (var name in _fallbacks)
        {
            if (CharsetResolver.Resolve(name) is { } fallback && candidates.TrueForAll(c => c.CodePage != fallback.CodePage))
            {
                candidates.Add(fallback);
            }
        }

        return candidates;
    }

    /// <summary>Decodes with <paramref name="encoding"/>; null when the result has too many replacement characters.</summary>
    private static Result<(string Text, string Charset)>? Attempt(Encoding encoding, ReadOnlySpan<byte> content, List<string> tried)
    {
        var label = CharsetResolver.Label(encoding);
        tried.Add(label);
        var text = encoding.GetString(content);
        var replacements = text.AsSpan().Count('\uFFFD');
        return replacements > text.Length * MaxReplacementShare ? null : Finish(text, label);
    }

    private static Result<(string Text, string Charset)> Finish(string text, string charset)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return BinaryContent.LooksBinary(text)
            ? Result<(string, string)>.Fail(ExtractionReasons.Binary)
            : Result<(string, string)>.Ok((text, charset));
    }

    private static Result<(string Text, string Charset)> Undecodable(List<string> tried) =>
        Result<(string, string)>.Fail($"undecodable text (tried {string.Join(", ", tried.Distinct())})");

    private static bool TryReadBom(ReadOnlySpan<byte> content, out Encoding encoding, out int length)
    {
        (encoding, length) = content switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => ((Encoding)new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2),
            _ => (Encoding.UTF8, 0),
        };
        return length > 0;
    }
}
