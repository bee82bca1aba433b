using System.Globalization;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads the text in a PNG, JPEG or TIFF image by OCR. The header is checked first (<see cref="ImageHeader"/>):
/// an empty, cut or non-image file, and one declaring more pixels than <see cref="ImageHeader.MaxPixels"/>, fail with
/// their reason before any decoder runs. Without a usable recognizer the image is still read as an item with no text,
/// its pages counted in <see cref="OcrFields.UnreadPages"/> with the reason, so that <c>roots add</c> can say so.
/// A recognizer that fails or times out fails the image with that reason (a later run tries again).
/// Metadata keys: <see cref="OcrFields"/>, <c>pages</c>. Thread-safe.
/// </summary>
/// <param name="recognizer">The OCR engine; null when none is configured.</param>
public sealed class ImageExtractor(ITextRecognizer? recognizer) : IExtractor
{
    /// <summary>The reason given when no recognizer is configured at all.</summary>
    public const string NoRecognizerReason = "no OCR engine is configured";

    /// <inheritdoc />
    public bool CanExtract(string mediaType) =>
        MediaTypeName.Is(mediaType, MediaTypes.Png) || MediaTypeName.Is(mediaType, MediaTypes.Jpeg) || MediaTypeName.Is(mediaType, MediaTypes.Tiff);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Content.IsEmpty)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.EmptyFile);
        }

        var pages = ImageHeader.Check(request.Content.Span);
        if (!pages.IsSuccess)
        {
            return Result<ExtractedDocument>.Fail(pages.Error!);
        }

        var count = pages.Value.ToString(CultureInfo.InvariantCulture);
        var metadata = new Dictionary<string, string> { ["pages"] = count };
        if ((recognizer is null ? NoRecognizerReason : recognizer.UnavailableReason) is { } unavailable)
        {
            metadata[OcrFields.UnreadPages] = count;
            metadata[OcrFields.UnreadReason] = unavailable;
            return new ExtractedDocument(string.Empty, Metadata: metadata);
        }

        var text = recognizer!.Recognize(request.Content, dpi: null, cancellationToken);
        if (!text.IsSuccess)
        {
            return Result<ExtractedDocument>.Fail("OCR failed: " + text.Error);
        }

        if (string.IsNullOrWhiteSpace(text.Value))
        {
            return Result<ExtractedDocument>.Fail($"no text in image (OCR with {recognizer.Languages} read none)");
        }

        metadata[OcrFields.TextSource] = OcrFields.FromOcr;
        metadata[OcrFields.Languages] = recognizer.Languages;
        metadata[OcrFields.Pages] = count;
        return new ExtractedDocument(text.Value, Metadata: metadata);
    }
}
