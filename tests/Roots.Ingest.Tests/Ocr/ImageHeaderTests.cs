using System.Buffers.Binary;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Ocr;

public sealed class ImageHeaderTests
{
    /// <summary>A PNG signature and IHDR declaring <paramref name="width"/> × <paramref name="height"/>, and no pixels.</summary>
    internal static byte[] PngDeclaring(uint width, uint height)
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    [Fact]
    public void Check_RealPng_IsOnePage()
    {
        var png = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", "scan-zh.png"));

        Assert.Equal(MediaTypes.Png, ImageHeader.Sniff(png));
        Assert.Equal(1, ImageHeader.Check(png).Value);
    }

    [Fact]
    public void Check_PngDeclaring20000By20000_IsRefusedBeforeDecoding()
    {
        var result = ImageHeader.Check(PngDeclaring(20_000, 20_000));

        Assert.Equal("image too large to read: 20000 × 20000 pixels (the limit is 100 megapixels, 32767 a side)", result.Error);
    }

    [Theory]
    [InlineData(0u, 100u)]
    [InlineData(40_000u, 10u)]
    [InlineData(uint.MaxValue, uint.MaxValue)]
    public void Check_PngWithImpossibleSides_IsRefused(uint width, uint height)
    {
        Assert.False(ImageHeader.Check(PngDeclaring(width, height)).IsSuccess);
    }

    [Fact]
    public void Check_JpegDeclaringHugeFrame_IsRefused()
    {
        // SOI, then a baseline frame header: length 17, precision 8, height 60000, width 60000
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0xEA, 0x60, 0xEA, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];

        Assert.StartsWith("image too large to read: 60000 × 60000", ImageHeader.Check(jpeg).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TiffWhosePageDirectoryLoops_IsRefused()
    {
        // Little-endian TIFF; the first directory at 8 has no entries and names itself as the next one.
        byte[] tiff = [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0];

        Assert.Equal("malformed image: TIFF page directory is out of the file or loops", ImageHeader.Check(tiff).Error);
    }

    [Fact]
    public void Check_TiffDeclaringHugePage_IsRefused()
    {
        // One directory with ImageWidth and ImageLength as LONGs of 20000.
        byte[] tiff = [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 2, 0, 0, 1, 4, 0, 1, 0, 0, 0, 0x20, 0x4E, 0, 0, 1, 1, 4, 0, 1, 0, 0, 0, 0x20, 0x4E, 0, 0, 0, 0, 0, 0];

        Assert.StartsWith("image too large to read: 20000 × 20000", ImageHeader.Check(tiff).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F' })]
    [InlineData(new byte[] { 0x4D, 0x4D, 0, 0x2A, 0, 0, 0xFF, 0xFF })]
    public void Check_HeaderCutShort_IsMalformed(byte[] image)
    {
        Assert.StartsWith("malformed image: ", ImageHeader.Check(image).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RandomBytesAfterASignature_NeverThrows()
    {
        var random = new Random(7);
        byte[][] signatures = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF], [0x49, 0x49, 0x2A, 0], [0x4D, 0x4D, 0, 0x2A]];
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var signature = signatures[i % signatures.Length];
            signature.AsSpan(0, Math.Min(signature.Length, bytes.Length)).CopyTo(bytes);
            _ = ImageHeader.Check(bytes);
        }
    }
}
