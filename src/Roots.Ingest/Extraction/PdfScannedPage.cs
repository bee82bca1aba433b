using Roots.Core;
using Roots.Core.Extraction;
using UglyToad.PdfPig.Content;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads a PDF page that has no text layer by OCR of the images drawn on it, with PdfPig's own decoding
/// (<see cref="IPdfImage.TryGetPng"/>; JPEG and JPEG 2000 streams are handed over as they are, since tesseract
/// reads both), so that no second PDF tool is needed. Each image's resolution is told to the recognizer, from its
/// pixels and the size it is drawn at. Images smaller than <see cref="MinSide"/> pixels (logos, rules) are ignored.
/// Stateless and thread-safe.
/// </summary>
internal static class PdfScannedPage
{
    /// <summary>Images with a side under this many pixels hold no readable text.</summary>
    internal const int MinSide = 32;

    /// <summary>At most this many images of one page are read: a page tiled into thousands of strips is refused.</summary>
    internal const int MaxImages = 16;

    /// <summary>True when the page draws at least one image large enough to read.</summary>
    internal static bool HasImages(Page page) => Readable(page).Any();

    /// <summary>The text of the page's images, in the order drawn; a failure names the first image that could not be read.</summary>
    internal static Result<string> Read(Page page, ITextRecognizer recognizer, CancellationToken cancellationToken)
    {
        var images = Readable(page).ToList();
        if (images.Count > MaxImages)
        {
            return Result<string>.Fail($"{images.Count} images on one page (at most {MaxImages} are read)");
        }

        var texts = new List<string>();
        foreach (var image in images)
        {
            var bytes = Encoded(image);
            if (bytes is null)
            {
                return Result<string>.Fail("its image is in a form PdfPig cannot decode (JBIG2 or CCITT fax?)");
            }

            var checkedSize = ImageHeader.Check(bytes);
            if (!checkedSize.IsSuccess && ImageHeader.Sniff(bytes) is not null)
            {
                return Result<string>.Fail(checkedSize.Error!);
            }

            var text = recognizer.Recognize(bytes, Dpi(image), cancellationToken);
            if (!text.IsSuccess)
            {
                return Result<string>.Fail(text.Error!);
            }

            if (text.Value.Length > 0)
            {
                texts.Add(text.Value);
            }
        }

        return string.Join("\n\n", texts);
    }

    private static IEnumerable<IPdfImage> Readable(Page page) =>
        page.GetImages().Where(image => image.WidthInSamples >= MinSide && image.HeightInSamples >= MinSide);

    /// <summary>The image as a file tesseract reads: PNG decoded by PdfPig, or the JPEG / JPEG 2000 stream itself.</summary>
    private static byte[]? Encoded(IPdfImage image)
    {
        if (image.TryGetPng(out var png))
        {
            return png;
        }

        var raw = image.RawMemory.Span;
        var isJpeg = raw is [0xFF, 0xD8, 0xFF, ..];
        var isJpeg2000 = raw is [0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, ..] or [0xFF, 0x4F, 0xFF, 0x51, ..];
        return isJpeg || isJpeg2000 ? raw.ToArray() : null;
    }

    /// <summary>Pixels across per inch drawn (72 points an inch); null when the drawn width is degenerate.</summary>
    private static int? Dpi(IPdfImage image)
    {
        var drawn = image.BoundingBox.Width;
        return drawn > 1 ? (int)Math.Round(image.WidthInSamples * 72.0 / drawn) : null;
    }
}
