namespace Roots.Core.Extraction;

/// <summary>
/// The item fields that record where an item's text came from when OCR was involved, so that a reader
/// knows the text is a machine's reading of a picture (and may hold its mistakes), and a run can say
/// how many pages it OCRed or could not read. Extractors write them; the report and <c>roots show</c> read them.
/// </summary>
public static class OcrFields
{
    /// <summary>Where the text came from: <see cref="FromOcr"/> or <see cref="FromTextLayerAndOcr"/>; absent for a text layer alone.</summary>
    public const string TextSource = "text.source";

    /// <summary>All of the text was read by OCR (an image, a scanned PDF).</summary>
    public const string FromOcr = "ocr";

    /// <summary>A PDF whose text-layer pages were read as text and whose image-only pages were OCRed.</summary>
    public const string FromTextLayerAndOcr = "text layer + ocr";

    /// <summary>The OCR engine's languages (<c>chi_sim+eng</c>).</summary>
    public const string Languages = "ocr.languages";

    /// <summary>How many pages were OCRed.</summary>
    public const string Pages = "ocr.pages";

    /// <summary>How many pages had no text layer and could not be read (OCR unavailable, off or failed).</summary>
    public const string UnreadPages = "ocr.unread_pages";

    /// <summary>Why the unread pages were not read, in one line.</summary>
    public const string UnreadReason = "ocr.unread_reason";
}
