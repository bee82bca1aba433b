using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class MediaTypeSnifferTests
{
    [Theory]
    [InlineData("note.md", MediaTypes.Markdown)]
    [InlineData("Note.MARKDOWN", MediaTypes.Markdown)]
    [InlineData("old.mdown", MediaTypes.Markdown)]
    [InlineData("readme.txt", MediaTypes.PlainText)]
    [InlineData("readme.text", MediaTypes.PlainText)]
    [InlineData("README", MediaTypes.PlainText)]
    [InlineData(null, MediaTypes.PlainText)]
    [InlineData("page.htm", MediaTypes.Html)]
    [InlineData("page.html", MediaTypes.Html)]
    [InlineData("page.xhtml", MediaTypes.Html)]
    [InlineData("data.csv", MediaTypes.PlainText)]
    public void Sniff_TextByExtension_ReturnsTypeTheNameSays(string? fileName, string expected)
    {
        // given text that carries no magic of its own
        var head = TestEncodings.Utf8("知识之根 Roots: a note.\n");

        // when
        var result = MediaTypeSniffer.Sniff(fileName, head);

        // then
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
    [InlineData("  \n<html lang=\"zh\"><body>x</body></html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- saved --><!doctype html>")]
    public void Sniff_HtmlStartWithTextName_ReturnsHtml(string content)
    {
        // given an HTML page saved under a text name
        var head = TestEncodings.Utf8(content);

        // when
        var result = MediaTypeSniffer.Sniff("saved.txt", head);

        // then the content wins over the name
        Assert.Equal(MediaTypes.Html, result.Value);
    }

    [Fact]
    public void Sniff_MarkdownMentioningHtmlTag_ReturnsMarkdown()
    {
        // given a note whose first line is not an HTML start although it names a tag
        var head = TestEncodings.Utf8("# Using <html> in notes\n\nThe <html> element is the root.");

        // when
        var result = MediaTypeSniffer.Sniff("html-notes.md", head);

        // then
        Assert.Equal(MediaTypes.Markdown, result.Value);
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("report.pdf")]
    [InlineData(null)]
    public void Sniff_PdfMagic_ReturnsPdfWhateverTheName(string? fileName)
    {
        // given bytes that start like a PDF
        byte[] head = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, 0x00, 0x01];

        // when
        var result = MediaTypeSniffer.Sniff(fileName, head);

        // then
        Assert.Equal(MediaTypes.Pdf, result.Value);
    }

    [Fact]
    public void Sniff_NoteQuotingPdfHeader_IsNotPdf()
    {
        // given a Markdown note that mentions the PDF header on its first line
        var head = TestEncodings.Utf8("Every PDF file starts with %PDF-1.7 and a binary comment.");

        // when
        var result = MediaTypeSniffer.Sniff("pdf-notes.md", head);

        // then
        Assert.Equal(MediaTypes.Markdown, result.Value);
    }

    [Fact]
    public void Sniff_Empty_FailsWithEmptyFile()
    {
        // given / when
        var result = MediaTypeSniffer.Sniff("empty.md", ReadOnlySpan<byte>.Empty);

        // then
        Assert.Equal("empty file", result.Error);
    }

    [Theory]
    [InlineData("photo.md")]
    [InlineData("photo.txt")]
    [InlineData(null)]
    public void Sniff_RandomBinary_FailsAsBinaryWhateverTheName(string? fileName)
    {
        // given random bytes (a JPEG or an archive looks like this)
        var head = TestEncodings.RandomBytes(4096);

        // when
        var result = MediaTypeSniffer.Sniff(fileName, head);

        // then
        Assert.Equal("binary file (not text, Markdown, HTML or PDF)", result.Error);
    }

    [Fact]
    public void Sniff_ManyControlCharactersWithoutNul_FailsAsBinary()
    {
        // given bytes with no NUL but a control character every fourth byte
        var head = Enumerable.Range(0, 400).Select(i => i % 4 == 0 ? (byte)0x01 : (byte)'a').ToArray();

        // when
        var result = MediaTypeSniffer.Sniff("odd.txt", head);

        // then
        Assert.False(result.IsSuccess);
        Assert.StartsWith("binary file", result.Error);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    public void Sniff_UnicodeWithBom_IsTextNotBinary(string encodingName)
    {
        // given UTF-16/32 text, full of NUL bytes but marked by its BOM
        var head = TestEncodings.WithBom(Encoding.GetEncoding(encodingName), "# 标题\n\nText.");

        // when
        var result = MediaTypeSniffer.Sniff("note.md", head);

        // then
        Assert.Equal(MediaTypes.Markdown, result.Value);
    }

    [Fact]
    public void Sniff_Utf16HtmlWithBom_ReturnsHtml()
    {
        // given an HTML page in UTF-16 LE with BOM, named .txt
        var head = TestEncodings.WithBom(Encoding.Unicode, "<!DOCTYPE html><html><body>你好</body></html>");

        // when
        var result = MediaTypeSniffer.Sniff("page.txt", head);

        // then
        Assert.Equal(MediaTypes.Html, result.Value);
    }

    [Fact]
    public void Sniff_DamagedPdfByName_ReturnsPdfSoThePdfReaderExplains()
    {
        // given binary bytes without a PDF header but named .pdf
        var head = TestEncodings.RandomBytes(512);

        // when
        var result = MediaTypeSniffer.Sniff("paper.pdf", head);

        // then
        Assert.Equal(MediaTypes.Pdf, result.Value);
    }

    [Fact]
    public void Sniff_GbkText_IsTextNotBinary()
    {
        // given Chinese text in GBK (high bytes everywhere, no control characters)
        var head = TestEncodings.Encode("GB18030", "知识之根是一个本地优先的知识引擎。");

        // when
        var result = MediaTypeSniffer.Sniff("zh.txt", head);

        // then
        Assert.Equal(MediaTypes.PlainText, result.Value);
    }
}
