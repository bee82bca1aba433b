using System.Diagnostics;
using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class PlainTextExtractorTests
{
    private readonly PlainTextExtractor _extractor = new();

    private static ExtractionRequest Request(byte[] bytes, string? charset = null) =>
        new(bytes, MediaTypes.PlainText, "note.txt", charset);

    [Fact]
    public void Extract_ChineseWithCrLf_NormalisesLineEndingsAndTakesFirstLineAsTitle()
    {
        // given a Windows-edited Chinese note
        var bytes = TestEncodings.Utf8("\r\n  知识之根  \r\n\r\n第一段：本地优先。\r\nSecond line.\r");

        // when
        var result = _extractor.Extract(Request(bytes));

        // then
        Assert.Equal("知识之根  \n\n第一段：本地优先。\nSecond line.", result.Value.Text);
        Assert.Equal("知识之根", result.Value.Title);
        Assert.Equal("utf-8", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_LongFirstLine_HasNoTitle()
    {
        // given a first line longer than 120 characters
        var line = string.Join(' ', Enumerable.Repeat("word", 30));

        // when
        var result = _extractor.Extract(Request(TestEncodings.Utf8(line + "\nshort")));

        // then
        Assert.Null(result.Value.Title);
        Assert.Equal(line + "\nshort", result.Value.Text);
    }

    [Fact]
    public void Extract_GbkChinese_DecodesAndReportsCharset()
    {
        // given GBK bytes, as an old Windows Notepad saved them
        var text = "读书笔记\n\n知识之根是一个本地优先的知识引擎，它保存一个人收集的一切。";
        var bytes = TestEncodings.Encode("GB18030", text);

        // when
        var result = _extractor.Extract(Request(bytes));

        // then
        Assert.Equal(text, result.Value.Text);
        Assert.Equal("读书笔记", result.Value.Title);
        Assert.Equal("gb18030", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_CharsetInMediaTypeParameter_IsUsedAsDeclared()
    {
        // given Big5 bytes and a media type that says so
        var text = "知識之根：本地優先";
        var request = new ExtractionRequest(TestEncodings.Encode("big5", text), "text/plain; charset=Big5");

        // when
        var result = _extractor.Extract(request);

        // then
        Assert.Equal(text, result.Value.Text);
        Assert.Equal("big5", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_Utf16BeWithBom_Decodes()
    {
        // given
        var bytes = TestEncodings.WithBom(Encoding.BigEndianUnicode, "Roots\n知识之根");

        // when
        var result = _extractor.Extract(Request(bytes));

        // then
        Assert.Equal("Roots\n知识之根", result.Value.Text);
        Assert.Equal("utf-16be", result.Value.Fields["charset"]);
    }

    [Theory]
    [InlineData(" \r\n\t \n")]
    [InlineData("\u3000\u00A0\n")]
    public void Extract_WhitespaceOnly_FailsWithNoText(string content)
    {
        // given / when
        var result = _extractor.Extract(Request(TestEncodings.Utf8(content)));

        // then
        Assert.Equal("no text in document", result.Error);
    }

    [Fact]
    public void Extract_Empty_FailsWithEmptyFile()
    {
        // given / when
        var result = _extractor.Extract(Request([]));

        // then
        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void Extract_TwentyMegabyteSingleLine_SucceedsQuickly()
    {
        // given 20 MB of text on one line
        var bytes = new byte[20 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 10 == 9 ? ' ' : 'a' + (i % 26));
        }

        bytes[^1] = (byte)'z';

        // when
        var stopwatch = Stopwatch.StartNew();
        var result = _extractor.Extract(Request(bytes));
        stopwatch.Stop();

        // then
        Assert.Equal(bytes.Length, result.Value.Text.Length);
        Assert.Null(result.Value.Title);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void CanExtract_PlainTextWithParameters_IsTrue()
    {
        // given / when / then
        Assert.True(_extractor.CanExtract("Text/Plain; charset=utf-8"));
        Assert.False(_extractor.CanExtract(MediaTypes.Markdown));
    }
}
