namespace Roots.Core.Extraction;

/// <summary>The media types Roots understands, as constants so that no stage spells them twice.</summary>
public static class MediaTypes
{
    public const string PlainText = "text/plain";
    public const string Markdown = "text/markdown";
    public const string Html = "text/html";
    public const string Pdf = "application/pdf";
    public const string Json = "application/json";

    /// <summary>One email message as RFC 5322 writes it (an <c>.eml</c> file).</summary>
    public const string Email = "message/rfc822";

    /// <summary>A mailbox of many messages, each after a <c>From </c> line (RFC 4155); collected as one item per message.</summary>
    public const string Mbox = "application/mbox";
    public const string OctetStream = "application/octet-stream";

    /// <summary>A PNG image; its text, if any, is read by OCR.</summary>
    public const string Png = "image/png";

    /// <summary>A JPEG image; its text, if any, is read by OCR.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>A TIFF image (one page or many, as scanners write them); its text, if any, is read by OCR.</summary>
    public const string Tiff = "image/tiff";
}
