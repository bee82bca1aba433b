using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Ocr;
using Roots.Ingest.Tests.Support;

namespace Roots.Ingest.Tests.Ocr;

public sealed class ImageExtractorTests : IDisposable
{
    private readonly OcrFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static ExtractionRequest Png(byte[] bytes) => new(bytes, MediaTypes.Png, "scan.png");

    [TesseractFact]
    public void Extract_RenderedChinesePage_ReadsItsTextAndRecordsOcr()
    {
        // given the real tesseract
        var extractor = new ImageExtractor(new TesseractRecognizer());

        // when
        var result = extractor.Extract(Png(OcrFixture.ScanPng));

        // then
        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("扫描页", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Roots", result.Value.Text, StringComparison.Ordinal);
        Assert.Equal("ocr", result.Value.Fields[OcrFields.TextSource]);
        Assert.Equal("chi_sim+eng", result.Value.Fields[OcrFields.Languages]);
        Assert.Equal("1", result.Value.Fields[OcrFields.Pages]);
    }

    [TesseractFact]
    public void Extract_TruncatedPng_FailsWithTesseractsReason()
    {
        var extractor = new ImageExtractor(new TesseractRecognizer());

        var result = extractor.Extract(Png(OcrFixture.ScanPng[..200]));

        Assert.StartsWith("OCR failed: tesseract failed (exit 1)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ZeroByteImage_FailsAsEmpty()
    {
        var result = new ImageExtractor(_fixture.Echo("never")).Extract(Png([]));

        Assert.Equal("empty file", result.Error);
        Assert.Equal(0, _fixture.Calls);
    }

    [Fact]
    public void Extract_HugeDeclaredImage_IsRefusedWithoutRunningTesseract()
    {
        var result = new ImageExtractor(_fixture.Echo("never")).Extract(Png(ImageHeaderTests.PngDeclaring(20_000, 20_000)));

        Assert.StartsWith("image too large to read: 20000 × 20000 pixels", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _fixture.Calls);
    }

    [Fact]
    public void Extract_TesseractHangs_IsKilledAtTheTimeoutAndFails()
    {
        var result = new ImageExtractor(_fixture.Fake("sleep 30")).Extract(Png(OcrFixture.ScanPng));

        Assert.Equal("OCR failed: tesseract timed out after 1 s", result.Error);
    }

    [Fact]
    public void Extract_TesseractFails_FailsWithItsLastErrorLine()
    {
        var result = new ImageExtractor(_fixture.Fake("echo 'Error in pixReadMem' >&2\necho boom >&2\nexit 3")).Extract(Png(OcrFixture.ScanPng));

        Assert.Equal("OCR failed: tesseract failed (exit 3): boom", result.Error);
    }

    [Fact]
    public void Extract_Cancelled_KillsTesseractAndThrows()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var extractor = new ImageExtractor(new TesseractRecognizer(new TesseractOptions
        {
            Executable = Roots.TestKit.Ocr.FakeTesseract.Write(_fixture.Folder, "sleep 30"),
            Timeout = TimeSpan.FromMinutes(5),
        }));

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(Png(OcrFixture.ScanPng), cancel.Token));
    }

    [Fact]
    public void Extract_TesseractNotInstalled_KeepsTheImageUnreadAndSaysHowToInstall()
    {
        var recognizer = new TesseractRecognizer(new TesseractOptions { Executable = Path.Combine(_fixture.Folder, "no-such-tesseract") });

        var result = new ImageExtractor(recognizer).Extract(Png(OcrFixture.ScanPng));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("", result.Value.Text);
        Assert.Equal("1", result.Value.Fields[OcrFields.UnreadPages]);
        Assert.Equal("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)", result.Value.Fields[OcrFields.UnreadReason]);
        Assert.False(result.Value.Fields.ContainsKey(OcrFields.TextSource));
    }

    [Fact]
    public void Extract_LanguagesNotInstalled_AreLeftOut()
    {
        var recognizer = new TesseractRecognizer(new TesseractOptions
        {
            Executable = Roots.TestKit.Ocr.FakeTesseract.Write(_fixture.Folder, "echo text"),
            Languages = ["chi_tra", "chi_sim", "eng"],
        });

        Assert.Equal("chi_sim+eng", recognizer.Languages);
        Assert.Null(recognizer.UnavailableReason);
    }
}
