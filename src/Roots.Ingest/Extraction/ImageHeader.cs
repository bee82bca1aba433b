using System.Buffers.Binary;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// The format and size of a PNG, JPEG or TIFF from its header alone, so that an image is judged before any
/// decoder allocates for it: a 100-byte file that declares 20,000 × 20,000 pixels is refused, not decoded.
/// Stateless and thread-safe.
/// </summary>
public static class ImageHeader
{
    /// <summary>The most pixels one page image may have: 100 megapixels (an A3 page at 600 dpi is 70).</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>The most pixels on one side: 32,767, tesseract's own limit.</summary>
    public const int MaxSide = 32_767;

    /// <summary>How many pages of a TIFF are looked at; a longer chain of pages is refused.</summary>
    private const int MaxTiffPages = 2_000;

    /// <summary>The media type of an image this reads, from its first bytes; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => MediaTypes.Png,
        [0xFF, 0xD8, 0xFF, ..] => MediaTypes.Jpeg,
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => MediaTypes.Tiff,
        _ => null,
    };

    /// <summary>
    /// The number of pages (1 but for TIFF) when the header is readable and every page within
    /// <see cref="MaxPixels"/> and <see cref="MaxSide"/>; else a one-line reason.
    /// </summary>
    public static Result<int> Check(ReadOnlySpan<byte> image)
    {
        var sizes = Sniff(image) switch
        {
            MediaTypes.Png => Png(image),
            MediaTypes.Jpeg => Jpeg(image),
            MediaTypes.Tiff => Tiff(image),
            _ => Result<List<(long Width, long Height)>>.Fail("not a PNG, JPEG or TIFF image"),
        };
        if (!sizes.IsSuccess)
        {
            return Result<int>.Fail("malformed image: " + sizes.Error);
        }

        foreach (var (width, height) in sizes.Value)
        {
            if (width <= 0 || height <= 0)
            {
                return Result<int>.Fail($"malformed image: {width} × {height} pixels");
            }

            if (width > MaxSide || height > MaxSide || width * height > MaxPixels)
            {
                return Result<int>.Fail($"image too large to read: {width} × {height} pixels (the limit is {MaxPixels / 1_000_000} megapixels, {MaxSide} a side)");
            }
        }

        return sizes.Value.Count;
    }

    private static Result<List<(long, long)>> Png(ReadOnlySpan<byte> image)
    {
        // Signature (8), then the IHDR chunk: length (4), "IHDR", width (4), height (4), all big-endian.
        if (image.Length < 24 || !image[12..16].SequenceEqual("IHDR"u8))
        {
            return Result<List<(long, long)>>.Fail("PNG header is cut short or has no IHDR");
        }

        return new List<(long, long)> { (BinaryPrimitives.ReadUInt32BigEndian(image[16..]), BinaryPrimitives.ReadUInt32BigEndian(image[20..])) };
    }

    private static Result<List<(long, long)>> Jpeg(ReadOnlySpan<byte> image)
    {
        var at = 2;
        while (at + 4 <= image.Length)
        {
            if (image[at] != 0xFF)
            {
                return Result<List<(long, long)>>.Fail("JPEG segment does not start with a marker");
            }

            var marker = image[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                at += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                // Length (2), precision (1), height (2), width (2).
                if (at + 9 > image.Length)
                {
                    break;
                }

                return new List<(long, long)> { (BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..])) };
            }

            if (marker == 0xD9 || length < 2)
            {
                break;
            }

            at += 2 + length;
        }

        return Result<List<(long, long)>>.Fail("JPEG has no frame header (cut short?)");
    }

    private static Result<List<(long, long)>> Tiff(ReadOnlySpan<byte> image)
    {
        var little = image[0] == 0x49;

        var pages = new List<(long, long)>();
        var seen = new HashSet<uint>();
        var offset = image.Length >= 8 ? U32(image, little, 4) : 0;
        while (offset != 0)
        {
            if (offset + 2L > image.Length || !seen.Add(offset) || pages.Count >= MaxTiffPages)
            {
                return Result<List<(long, long)>>.Fail(pages.Count >= MaxTiffPages ? $"TIFF has more than {MaxTiffPages} pages" : "TIFF page directory is out of the file or loops");
            }

            int count = U16(image, little, (int)offset);
            var end = offset + 2L + (count * 12L);
            if (end + 4 > image.Length)
            {
                return Result<List<(long, long)>>.Fail("TIFF page directory is cut short");
            }

            long width = 0, height = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = (int)offset + 2 + (i * 12);
                var tag = U16(image, little, entry);
                long value = U16(image, little, entry + 2) == 3 ? U16(image, little, entry + 8) : U32(image, little, entry + 8);
                if (tag == 256)
                {
                    width = value;
                }
                else if (tag == 257)
                {
                    height = value;
                }
            }

            pages.Add((width, height));
            offset = U32(image, little, (int)end);
        }

        return pages.Count == 0 ? Result<List<(long, long)>>.Fail("TIFF has no pages") : pages;
    }

    private static uint U32(ReadOnlySpan<byte> image, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(image[at..]) : BinaryPrimitives.ReadUInt32BigEndian(image[at..]);

    private static ushort U16(ReadOnlySpan<byte> image, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(image[at..]) : BinaryPrimitives.ReadUInt16BigEndian(image[at..]);
}
