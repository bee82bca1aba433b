using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Ocr;
using Roots.Ingest.Tests.Support;

namespace Roots.Ingest.Tests.Ocr;

public sealed class PdfScanTests : IDisposable
{
    private readonly OcrFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static ExtractionRequest Pdf(byte[] bytes) => new(bytes, MediaTypes.Pdf, "scan.pdf");

    [Fact]
    public void Extract_ImagePagesAmongTextPages_OcrsOnlyTheImagePagesInPageOrder()
    {
        // given text, scan, text, scan
        var pdf = OcrFixture.Pdf("Page one text.", null, "Page three text.", null);

        // when
        var result = new PdfExtractor(_fixture.Echo("Read from the scan.")).Extract(Pdf(pdf));

        // then
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, _fixture.Calls);
        Assert.Equal("Page one text.\n\nRead from the scan.\n\nPage three text.\n\nRead from the scan.", result.Value.Text);
        Assert.Equal("text layer + ocr", result.Value.Fields[OcrFields.TextSource]);
        Assert.Equal("2", result.Value.Fields[OcrFields.Pages]);
        Assert.False(result.Value.Fields.ContainsKey(OcrFields.UnreadPages));
    }

    [Fact]
    public void Extract_TextPagesOnly_NeverRunsOcr()
    {
        var result = new PdfExtractor(_fixture.Echo("never")).Extract(Pdf(OcrFixture.Pdf("Only text here.")));

        Assert.Equal("Only text here.", result.Value.Text);
        Assert.Equal(0, _fixture.Calls);
        Assert.False(result.Value.Fields.ContainsKey(OcrFields.TextSource));
    }

    [TesseractFact]
    public void Extract_ScannedPageWithRealTesseract_ReadsTheChinese()
    {
        var result = new PdfExtractor(new TesseractRecognizer()).Extract(Pdf(OcrFixture.Pdf("Cover page.", null)));

        Assert.True(result.IsSuccess, result.Error);
        Assert.StartsWith("Cover page.\n\n", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("扫描页", result.Value.Text, StringComparison.Ordinal);
        Assert.Equal("chi_sim+eng", result.Value.Fields[OcrFields.Languages]);
    }

    [Fact]
    public void Extract_TesseractHangsOnAScan_KeepsTheTextPagesAndCountsTheScanUnread()
    {
        var result = new PdfExtractor(_fixture.Fake("sleep 30")).Extract(Pdf(OcrFixture.Pdf("Page one text.", null)));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Page one text.", result.Value.Text);
        Assert.Equal("1", result.Value.Fields[OcrFields.UnreadPages]);
        Assert.Equal("page 2: tesseract timed out after 1 s", result.Value.Fields[OcrFields.UnreadReason]);
    }

    [Fact]
    public void Extract_ScansWithoutOcr_AreKeptWithNoTextAndCountedUnread()
    {
        var result = new PdfExtractor(recognizer: null).Extract(Pdf(OcrFixture.Pdf(null, null, null)));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("", result.Value.Text);
        Assert.Equal("3", result.Value.Fields[OcrFields.UnreadPages]);
        Assert.Equal(ImageExtractor.NoRecognizerReason, result.Value.Fields[OcrFields.UnreadReason]);
    }

    [Fact]
    public void Extract_PageWithNeitherTextNorImage_StillFailsAsNoText()
    {
        var result = new PdfExtractor(_fixture.Echo("never")).Extract(Pdf(Roots.Ingest.Tests.Extraction.TestPdfs.WithoutText()));

        Assert.Equal(PdfExtractor.NoTextReason, result.Error);
        Assert.Equal(0, _fixture.Calls);
    }
}
