using System.Globalization;
using Roots.Core.Extraction;
using UglyToad.PdfPig.Content;

namespace Roots.Ingest.Extraction;

/// <summary>
/// The scanned pages of one PDF as it is read: which were OCRed, which could not be, and the first reason why,
/// written at the end as <see cref="OcrFields"/>. One per extraction; not thread-safe.
/// </summary>
/// <param name="recognizer">The OCR engine; null when none is configured.</param>
internal sealed class PdfScanTally(ITextRecognizer? recognizer)
{
    private readonly string? _unavailable = recognizer is null ? ImageExtractor.NoRecognizerReason : recognizer.UnavailableReason;
    private int _read;
    private int _unread;
    private string? _reason;

    /// <summary>True when the PDF had at least one scanned page, read or not.</summary>
    internal bool Any => _read + _unread > 0;

    /// <summary>OCRs a page that has images but no text layer; null when it could not be read (counted, with the reason).</summary>
    internal string? Read(Page page, int number, CancellationToken cancellationToken)
    {
        if (_unavailable is not null)
        {
            return Unread(_unavailable);
        }

        var text = PdfScannedPage.Read(page, recognizer!, cancellationToken);
        if (!text.IsSuccess)
        {
            return Unread($"page {number}: {text.Error}");
        }

        _read++;
        return text.Value;
    }

    /// <summary>Writes what happened to the scanned pages into <paramref name="metadata"/>; nothing when there were none.</summary>
    internal void Record(Dictionary<string, string> metadata, int textLayerPages)
    {
        if (_read > 0)
        {
            metadata[OcrFields.TextSource] = textLayerPages > 0 ? OcrFields.FromTextLayerAndOcr : OcrFields.FromOcr;
            metadata[OcrFields.Languages] = recognizer!.Languages;
            metadata[OcrFields.Pages] = _read.ToString(CultureInfo.InvariantCulture);
        }

        if (_unread > 0)
        {
            metadata[OcrFields.UnreadPages] = _unread.ToString(CultureInfo.InvariantCulture);
            metadata[OcrFields.UnreadReason] = _reason!;
        }
    }

    private string? Unread(string reason)
    {
        _unread++;
        _reason ??= reason;
        return null;
    }
}
