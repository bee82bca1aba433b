using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.TestKit.Pdf;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>
/// Lines wrapped by a typesetter come back as the text was written: CJK words whole, broken English
/// words whole, real hyphens kept, paragraphs apart. The PDFs are written with <see cref="UnicodePdf"/>
/// (a Type0 font with a ToUnicode map, as PDFs with a non-embedded Chinese font are).
/// </summary>
public sealed class PdfLineJoinTests
{
    private readonly PdfExtractor _extractor = new();

    private string Text(params IReadOnlyList<PdfLine>[] pages)
    {
        var result = _extractor.Extract(new ExtractionRequest(UnicodePdf.Build("测试", pages), MediaTypes.Pdf, "zh.pdf"));
        Assert.True(result.IsSuccess, result.Error);
        return result.Value.Text;
    }

    [Fact]
    public void Extract_ChineseWordBrokenAcrossLines_IsOneWordAgain()
    {
        // given a Chinese sentence wrapped inside the word 网页
        var pdf = UnicodePdf.Stack(12, "搜索引擎每天抓取大量网", "页，然后建立索引。");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("搜索引擎每天抓取大量网页，然后建立索引。", text);
    }

    [Fact]
    public void Extract_IndentedChineseParagraphs_KeepsTheBreakBetweenThem()
    {
        // given two paragraphs, each with an indented first line and a short last line
        var pdf = UnicodePdf.Stack(12, "\t第一段讲的是中文分词和搜索", "引擎的关系。", "\t第二段讲的是网页的抓取与", "存档。");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("第一段讲的是中文分词和搜索引擎的关系。\n\n第二段讲的是网页的抓取与存档。", text);
    }

    [Fact]
    public void Extract_BlankLineBetweenLines_IsAParagraphBreak()
    {
        // given
        var pdf = UnicodePdf.Stack(12, "The first paragraph has no final stop", "", "The second paragraph");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("The first paragraph has no final stop\n\nThe second paragraph", text);
    }

    [Fact]
    public void Extract_EnglishLinesOfOneParagraph_AreJoinedWithASpace()
    {
        // given
        var pdf = UnicodePdf.Stack(12, "Roots keeps what a person", "collects and connects it.");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("Roots keeps what a person collects and connects it.", text);
    }

    [Fact]
    public void Extract_WordHyphenatedAtLineEnd_IsDehyphenated()
    {
        // given
        var pdf = UnicodePdf.Stack(12, "Retrieval of infor-", "mation is what search engines do.");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("Retrieval of information is what search engines do.", text);
    }

    [Fact]
    public void Extract_CompoundBrokenAtItsHyphen_KeepsTheHyphen()
    {
        // given well-known written whole once, then broken at its own hyphen
        var pdf = UnicodePdf.Stack(12, "A well-known method beats the well-", "known baseline of state-of-the-art systems.");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("A well-known method beats the well-known baseline of state-of-the-art systems.", text);
    }

    [Fact]
    public void Extract_HyphenBeforeCapital_IsKept()
    {
        // given a dash-like hyphen before a name: not a broken word
        var pdf = UnicodePdf.Stack(12, "The pre-", "Unicode encodings were many.");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("The pre- Unicode encodings were many.", text);
    }

    [Fact]
    public void Extract_ChineseAndEnglishMixedAcrossLines_JoinsWithoutSpaceAtTheCjkSide()
    {
        // given
        var pdf = UnicodePdf.Stack(12, "我们用PDF", "保存论文，用HTML发布", "网页。");

        // when
        var text = Text(pdf);

        // then
        Assert.Equal("我们用PDF保存论文，用HTML发布网页。", text);
    }

    [Fact]
    public void Extract_LargerHeadingAboveBody_IsItsOwnParagraph()
    {
        // given a heading at 18 points above body text at 12
        IReadOnlyList<PdfLine> page =
        [
            new PdfLine("中文信息检索", 50, 780, 18),
            new PdfLine("网页检索需要先切分词语，", 50, 755, 12),
            new PdfLine("再建立倒排索引。", 50, 737, 12),
        ];

        // when
        var text = Text(page);

        // then
        Assert.Equal("中文信息检索\n\n网页检索需要先切分词语，再建立倒排索引。", text);
    }

    [Fact]
    public void Extract_TwoPages_AreSeparatedByABlankLine()
    {
        // given
        var first = UnicodePdf.Stack(12, "第一页。");
        var second = UnicodePdf.Stack(12, "第二页。");

        // when
        var text = Text(first, second);

        // then
        Assert.Equal("第一页。\n\n第二页。", text);
    }

    [Fact]
    public void Extract_ManyPagesOfWrappedChinese_JoinsEveryLine()
    {
        // given 20 pages of 40 wrapped lines, each ending inside the word 网页
        var lines = Enumerable.Range(0, 40).Select(_ => "这是一行关于大量网").ToArray();
        lines[^1] += "页。";
        var pages = Enumerable.Range(0, 20).Select(_ => UnicodePdf.Stack(10, lines)).ToArray();

        // when
        var text = Text(pages);

        // then every line break inside a word is gone, and pages stay apart
        Assert.DoesNotContain("网\n", text, StringComparison.Ordinal);
        Assert.Equal(19, text.Split("\n\n").Length - 1);
        Assert.Equal(20 * 39, CountOf(text, "网这"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
