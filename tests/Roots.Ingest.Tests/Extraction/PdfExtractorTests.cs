using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class PdfExtractorTests
{
    private readonly PdfExtractor _extractor = new();

    private Roots.Core.Result<ExtractedDocument> Extract(byte[] bytes) =>
        _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Pdf, "paper.pdf"));

    [Fact]
    public void Extract_TwoPagePaper_ReadsTextInOrderAndDocumentInformation()
    {
        // given
        var pdf = TestPdfs.Build(
            "Local-first Knowledge",
            "Ada Lovelace",
            ["Local-first Knowledge", "Roots keeps what a person collects."],
            ["Second page: it connects notes."]);

        // when
        var result = Extract(pdf);

        // then
        var document = result.Value;
        Assert.Equal(
            "Local-first Knowledge Roots keeps what a person collects.\n\nSecond page: it connects notes.",
            document.Text);
        Assert.Equal("Local-first Knowledge", document.Title);
        Assert.Equal("About Local-first Knowledge", document.Description);
        Assert.Equal("Local-first Knowledge", document.Fields["title"]);
        Assert.Equal("Ada Lovelace", document.Fields["author"]);
        Assert.Equal("2", document.Fields["pages"]);
        Assert.Equal("2024-06-07T08:30:00+00:00", document.Fields["created"]);
    }

    [Fact]
    public void Extract_NoDocumentInformation_HasNoTitle()
    {
        // given
        var pdf = TestPdfs.Build(null, null, ["Just text."]);

        // when
        var result = Extract(pdf);

        // then
        Assert.Equal("Just text.", result.Value.Text);
        Assert.Null(result.Value.Title);
        Assert.False(result.Value.Fields.ContainsKey("author"));
    }

    [Fact]
    public void Extract_PageWithoutText_FailsAsScannedImage()
    {
        // given
        var pdf = TestPdfs.WithoutText();

        // when
        var result = Extract(pdf);

        // then
        Assert.Equal("PDF has no extractable text (scanned image?)", result.Error);
    }

    [Fact]
    public void Extract_TruncatedAtHalf_FailsWithOneLineReason()
    {
        // given a real PDF cut in half (an interrupted download)
        var pdf = TestPdfs.Build("Cut", "Someone", ["First page text."], ["Second page text."], ["Third page text."]);
        var truncated = pdf[..(pdf.Length / 2)];

        // when
        var result = Extract(truncated);

        // then
        Assert.StartsWith("malformed PDF: ", result.Error);
        Assert.DoesNotContain("\n", result.Error);
    }

    [Fact]
    public void Extract_NeedsUserPassword_FailsAsEncrypted()
    {
        // given
        var pdf = TestPdfs.WithUnknownUserPassword(TestPdfs.Build("Secret", "Spy", ["Secret text."]));

        // when
        var result = Extract(pdf);

        // then
        Assert.Equal("encrypted PDF (a password is needed to open it)", result.Error);
    }

    [Fact]
    public void Extract_HeaderThenGarbage_FailsAsMalformed()
    {
        // given
        byte[] bytes = [.. "%PDF-1.7\n"u8, .. TestEncodings.RandomBytes(2048)];

        // when
        var result = Extract(bytes);

        // then
        Assert.StartsWith("malformed PDF: ", result.Error);
        Assert.DoesNotContain("\n", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Extract_TextThatIsNotPdf_FailsAsMalformed()
    {
        // given
        var bytes = Encoding.ASCII.GetBytes("this is not a PDF at all");

        // when
        var result = Extract(bytes);

        // then
        Assert.StartsWith("malformed PDF: ", result.Error);
    }

    [Fact]
    public void Extract_Empty_FailsWithEmptyFile()
    {
        // given / when
        var result = Extract([]);

        // then
        Assert.Equal("empty file", result.Error);
    }
}
