using System.Text;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Decides the media type of an original from its first bytes and its name, content first:
/// a PDF named <c>.txt</c> is a PDF, a page starting <c>&lt;!doctype html&gt;</c> is HTML
/// whatever its name, and a binary file is refused whatever its name. Stateless and thread-safe.
/// </summary>
public static class MediaTypeSniffer
{
    /// <summary>How much of the start is read for an HTML start: 1024 bytes, as the HTML standard's prescan.</summary>
    private const int StartWindow = 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>
    /// Returns <see cref="MediaTypes.Pdf"/>, an image type (PNG, JPEG, TIFF, by their signatures), <see cref="MediaTypes.Html"/>,
    /// <see cref="MediaTypes.Markdown"/>, <see cref="MediaTypes.Email"/>, <see cref="MediaTypes.Mbox"/>
    /// or <see cref="MediaTypes.PlainText"/>, or a failure:
    /// <c>empty file</c>, or a binary file (NUL bytes or more than 5 % control characters in the
    /// first 8 KiB; UTF-16 and UTF-32 with a byte-order mark, and UTF-16 without one, are text).
    /// </summary>
    /// <param name="fileName">The name it came with, used for its extension; may be null (stdin).</param>
    /// <param name="head">The first bytes; 8 KiB is enough, more is ignored.</param>
    /// <remarks>
    /// Order: the <c>%PDF-</c> header at the very start (not merely near it: a note about PDF
    /// may quote the header), then an image signature, then a byte-order mark, then the binary check (skipped for a
    /// <c>.pdf</c> name, so that a damaged PDF gets a PDF reason), then an HTML start
    /// (<c>&lt;!doctype html</c> or <c>&lt;html</c> after blanks, comments and an XML
    /// declaration), then the extension (<c>.eml</c> is an email, <c>.mbox</c> a mailbox). Text with an
    /// unknown extension, or none, is a mailbox when it opens with an mbox <c>From </c> line, an email
    /// when it opens with a block of mail headers (see <see cref="EmailStart"/>), else plain text.
    /// </remarks>
    public static Result<string> Sniff(string? fileName, ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return Result<string>.Fail(ExtractionReasons.EmptyFile);
        }

        if (head.StartsWith(PdfMagic))
        {
            return MediaTypes.Pdf;
        }

        if (ImageHeader.Sniff(head) is { } image)
        {
            return image;
        }

        var byExtension = FromExtension(fileName);
        var isUnicode = TryDecodeWithBom(head, out var start) || TryDecodeUtf16WithoutBom(head, out start);
        if (!isUnicode)
        {
            if (byExtension == MediaTypes.Pdf)
            {
                return MediaTypes.Pdf;
            }

            if (BinaryContent.LooksBinary(head))
            {
                return Result<string>.Fail(ExtractionReasons.Binary);
            }

            start = Encoding.Latin1.GetString(head.Length > StartWindow ? head[..StartWindow] : head);
        }

        if (HtmlStart.Matches(start))
        {
            return MediaTypes.Html;
        }

        if (byExtension is null || Path.GetExtension(fileName ?? string.Empty).Length == 0)
        {
            if (MboxStart.Matches(head))
            {
                return MediaTypes.Mbox;
            }

            if (EmailStart.Matches(start))
            {
                return MediaTypes.Email;
            }
        }

        return byExtension is null or MediaTypes.Pdf ? MediaTypes.PlainText : byExtension;
    }

    /// <summary>The media type an extension names, or null when it names none we read.</summary>
    private static string? FromExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" or ".mdown" or ".mkd" => MediaTypes.Markdown,
            ".txt" or ".text" or "" => MediaTypes.PlainText,
            ".html" or ".htm" or ".xhtml" => MediaTypes.Html,
            ".pdf" => MediaTypes.Pdf,
            ".eml" => MediaTypes.Email,
            ".mbox" => MediaTypes.Mbox,
            _ => null,
        };
    }

    private static bool TryDecodeUtf16WithoutBom(ReadOnlySpan<byte> head, out string start)
    {
        var encoding = Utf16Text.Detect(head);
        start = encoding?.GetString(head.Length > StartWindow ? head[..StartWindow] : head) ?? string.Empty;
        return encoding is not null;
    }

    private static bool TryDecodeWithBom(ReadOnlySpan<byte> head, out string start)
    {
        var window = head.Length > StartWindow ? head[..StartWindow] : head;
        Encoding? encoding = window switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => Encoding.UTF32,
            [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        start = encoding?.GetString(window).TrimStart('\uFEFF') ?? string.Empty;
        return encoding is not null;
    }
}
