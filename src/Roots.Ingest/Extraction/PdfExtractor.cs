using System.Globalization;
using Roots.Core;
using Roots.Core.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads <c>application/pdf</c> with PdfPig, from memory (nothing touches the disk). Each page's
/// text comes in content order (the order the PDF draws it, which for ordinary documents is the
/// reading order), cut into lines by <see cref="PdfPageLines"/> and rejoined into paragraphs by
/// <see cref="PdfParagraphJoiner"/>, so that a word wrapped across lines (<c>大量网</c> / <c>页</c>,
/// <c>infor-</c> / <c>mation</c>) is one word again; paragraphs and pages are separated by a blank line. Title, Author, Subject (as the
/// description) and CreationDate come from the document information dictionary; metadata keys:
/// <c>title</c>, <c>author</c>, <c>created</c> (ISO 8601), <c>pages</c>. A PDF that needs a
/// password and a damaged PDF each fail with their own one-line reason; a PDF with only an owner
/// password (printing or copying restricted) is read.
/// A page with no text layer but an image (a scan) is read by OCR through <paramref name="recognizer"/>
/// (<see cref="PdfScannedPage"/>), and only such a page: text-layer pages are never OCRed. Where OCR is
/// unavailable, off or fails on a page, the PDF is still read and the page is counted in
/// <see cref="OcrFields.UnreadPages"/> with the reason (a PDF of scans alone then has no text); where it
/// ran, <see cref="OcrFields"/> record it. Thread-safe.
/// </summary>
/// <param name="recognizer">The OCR engine for scanned pages; null when none is configured.</param>
public sealed class PdfExtractor(ITextRecognizer? recognizer = null) : IExtractor
{
    /// <summary>Reason given for a PDF whose pages hold no text layer.</summary>
    public const string NoTextReason = "PDF has no extractable text (scanned image?)";

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => MediaTypeName.Is(mediaType, MediaTypes.Pdf);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Content.IsEmpty)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.EmptyFile);
        }

        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            using var document = PdfDocument.Open(request.Content, options);
            return Read(document, recognizer, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Result<ExtractedDocument>.Fail("encrypted PDF (a password is needed to open it)");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Result<ExtractedDocument>.Fail("malformed PDF: " + ExtractionReasons.OneLine(ex.Message));
        }
    }

    private static Result<ExtractedDocument> Read(PdfDocument document, ITextRecognizer? recognizer, CancellationToken cancellationToken)
    {
        var pageCount = document.NumberOfPages;
        if (pageCount == 0)
        {
            return Result<ExtractedDocument>.Fail("malformed PDF: no pages");
        }

        // Each page is its text lines or, for a scan, its OCR text; blank pages are left out.
        var pages = new List<(List<PdfTextLine>? Lines, string? Ocr)>(pageCount);
        var scans = new PdfScanTally(recognizer);
        string? firstError = null;
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var page = document.GetPage(number);
                var lines = PdfPageLines.Read(page);
                if (lines.Count > 0)
                {
                    pages.Add((lines, null));
                }
                else if (PdfScannedPage.HasImages(page) && scans.Read(page, number, cancellationToken) is { Length: > 0 } ocr)
                {
                    pages.Add((null, ocr));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                firstError ??= $"page {number}: {ExtractionReasons.OneLine(ex.Message)}";
            }
        }

        if (pages.Count == 0 && !scans.Any)
        {
            return Result<ExtractedDocument>.Fail(firstError is null ? NoTextReason : "malformed PDF: " + firstError);
        }

        var joiner = new PdfParagraphJoiner(new PdfHyphenation(pages.Where(p => p.Lines is not null).SelectMany(p => p.Lines!)));
        var text = string.Join("\n\n", pages.Select(p => p.Lines is null ? p.Ocr! : joiner.Join(p.Lines)).Where(page => page.Length > 0));
        var info = document.Information;
        var title = TextShape.OneLine(info.Title);
        var metadata = new Dictionary<string, string> { ["pages"] = pageCount.ToString(CultureInfo.InvariantCulture) };
        AddIfPresent(metadata, "title", title);
        AddIfPresent(metadata, "author", TextShape.OneLine(info.Author));
        AddIfPresent(metadata, "created", Created(info));
        scans.Record(metadata, textLayerPages: pages.Count(p => p.Lines is not null));
        return new ExtractedDocument(
            text,
            title,
            Description: TextShape.OneLine(info.Subject),
            Metadata: metadata);
    }

    /// <summary>The creation date in ISO 8601 when PdfPig can read it, else as written, else null.</summary>
    private static string? Created(UglyToad.PdfPig.Content.DocumentInformation info)
    {
        try
        {
            if (info.GetCreatedDateTimeOffset() is { } created)
            {
                return created.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            // Falls through to the raw value: a date PdfPig cannot read is still worth keeping.
        }

        return TextShape.OneLine(info.CreationDate);
    }

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }
}
