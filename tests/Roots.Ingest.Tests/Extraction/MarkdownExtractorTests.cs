using System.Diagnostics;
using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class MarkdownExtractorTests
{
    private readonly MarkdownExtractor _extractor = new();

    private Roots.Core.Result<ExtractedDocument> Extract(string markdown) =>
        _extractor.Extract(new ExtractionRequest(TestEncodings.Utf8(markdown), MediaTypes.Markdown, "note.md"));

    [Fact]
    public void Extract_ChineseNoteWithFrontMatter_ReadsMetadataAndPlainText()
    {
        // given
        const string note = """
            ---
            title: "知识之根：设计笔记"
            lang: zh-CN
            date: 2024-06-07
            tags: [知识管理, local-first, "search"]
            description: 一份关于本地优先知识引擎的笔记。
            author: 林一
            ---
            # 为什么要本地优先

            数据属于**收集它的人**，不属于[云服务](https://example.com/cloud)。

            ## 三个原则

            - 离线可用
            - 可以导出
            - 模型调用要计费

            ```csharp
            var roots = new Library();
            ```

            > 引用：知识是*连接*起来的。
            """;

        // when
        var result = Extract(note);

        // then
        var document = result.Value;
        Assert.Equal("知识之根：设计笔记", document.Title);
        Assert.Equal("zh-CN", document.Language);
        Assert.Equal("一份关于本地优先知识引擎的笔记。", document.Description);
        Assert.Equal("知识管理,local-first,search", document.Fields["tags"]);
        Assert.Equal("2024-06-07", document.Fields["published"]);
        Assert.Equal("林一", document.Fields["author"]);
        Assert.Equal(
            "为什么要本地优先\n\n数据属于收集它的人，不属于云服务。\n\n三个原则\n\n离线可用\n可以导出\n模型调用要计费\n\n"
            + "var roots = new Library();\n\n引用：知识是连接起来的。",
            document.Text);
    }

    [Fact]
    public void Extract_NoFrontMatter_TitleIsFirstLevelOneHeading()
    {
        // given a note whose first heading is level 2
        const string note = "## Preface\n\nIntro.\n\n# The Real Title\n\nBody with `code` and ~~struck~~ text.";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("The Real Title", result.Value.Title);
        Assert.Equal("Preface\n\nIntro.\n\nThe Real Title\n\nBody with code and struck text.", result.Value.Text);
    }

    [Fact]
    public void Extract_OnlyLowerHeadings_TitleIsFirstHeading()
    {
        // given / when
        var result = Extract("### Notes on *Markdig*\n\ntext");

        // then
        Assert.Equal("Notes on Markdig", result.Value.Title);
    }

    [Fact]
    public void Extract_TagsAsCommaString_AreSplitAndJoined()
    {
        // given
        const string note = "---\ntags: 知识, search ,  notes\nlanguage: en\n---\nBody.";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("知识,search,notes", result.Value.Fields["tags"]);
        Assert.Equal("en", result.Value.Language);
        Assert.Null(result.Value.Title);
    }

    [Fact]
    public void Extract_TagsAsBlockList_AreJoined()
    {
        // given
        const string note = "---\ntitle: Lists\ntags:\n  - alpha\n  - \"beta gamma\"\n---\nBody.";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("alpha,beta gamma", result.Value.Fields["tags"]);
        Assert.Equal("Lists", result.Value.Title);
    }

    [Fact]
    public void Extract_TableLinksImagesAndEscapes_KeepTextWithoutSyntax()
    {
        // given
        const string note = """
            | Name | 作用 |
            |------|------|
            | [Markdig](https://github.com/xoofx/markdig) | 解析 \*Markdown\* |
            | ![PdfPig logo](logo.png) | PDF &amp; text |

            See <https://example.org/roots> for more.
            """;

        // when
        var result = Extract(note);

        // then
        Assert.Equal(
            "Name\t作用\nMarkdig\t解析 *Markdown*\nPdfPig logo\tPDF & text\n\nSee https://example.org/roots for more.",
            result.Value.Text);
    }

    [Fact]
    public void Extract_NestedListsAndQuotes_FlattenToLines()
    {
        // given
        const string note = "1. one\n2. two\n   - two a\n   - two b\n\n> quoted\n> > deeper";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("one\ntwo\ntwo a\ntwo b\n\nquoted\n\ndeeper", result.Value.Text);
    }

    [Fact]
    public void Extract_RawHtmlBlock_KeepsItsTextOnly()
    {
        // given
        const string note = "<div class=\"note\">\n<p>Inside &amp; out</p>\n</div>\n\nAfter <b>bold</b> html.";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("Inside & out\n\nAfter bold html.", result.Value.Text);
    }

    [Fact]
    public void Extract_GbkEncodedMarkdown_Decodes()
    {
        // given a GBK note
        var bytes = TestEncodings.Encode("GB18030", "# 读书笔记\n\n知识之根是一个本地优先的知识引擎。");

        // when
        var result = _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Markdown));

        // then
        Assert.Equal("读书笔记", result.Value.Title);
        Assert.Equal("读书笔记\n\n知识之根是一个本地优先的知识引擎。", result.Value.Text);
        Assert.Equal("gb18030", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_Utf8WithBomAndFrontMatter_ReadsFrontMatter()
    {
        // given a BOM before the front matter fence (editors on Windows write this)
        var bytes = TestEncodings.WithBom(new UTF8Encoding(true), "---\ntitle: 带 BOM 的笔记\n---\n正文。");

        // when
        var result = _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Markdown));

        // then
        Assert.Equal("带 BOM 的笔记", result.Value.Title);
        Assert.Equal("正文。", result.Value.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\ntitle: only front matter\n---\n")]
    [InlineData("   \n\n---\n\n")]
    public void Extract_NoBodyText_Fails(string note)
    {
        // given / when
        var result = _extractor.Extract(new ExtractionRequest(TestEncodings.Utf8(note), MediaTypes.Markdown));

        // then
        Assert.Contains(result.Error, new[] { "no text in document", "empty file" });
    }

    [Fact]
    public void Extract_RandomBinary_FailsWithoutThrowing()
    {
        // given random bytes handed straight to the Markdown extractor (no sniffing)
        var bytes = TestEncodings.RandomBytes(8192);

        // when
        var result = _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Markdown, "random.md"));

        // then
        Assert.False(result.IsSuccess);
        Assert.Matches("^(binary file|undecodable text)", result.Error);
    }

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("- ", 100_000)]
    [InlineData("1. ", 50_000)]
    public void Extract_HostileNesting_FailsQuicklyWithReason(string marker, int depth)
    {
        // given one line nested 100,000 levels deep
        var note = string.Concat(Enumerable.Repeat(marker, depth)) + " hi\n";

        // when
        var stopwatch = Stopwatch.StartNew();
        var result = Extract(note);
        stopwatch.Stop();

        // then
        Assert.Equal("Markdown nested more than 100 levels deep (broken or hostile file)", result.Error);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Extract_IndentedListStaircase_FailsQuickly()
    {
        // given 3,000 list items, each indented two columns deeper than the last
        var builder = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Append(' ', i * 2).Append("- item\n");
        }

        // when
        var stopwatch = Stopwatch.StartNew();
        var result = Extract(builder.ToString());
        stopwatch.Stop();

        // then
        Assert.StartsWith("Markdown nested more than 100 levels deep", result.Error);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Extract_DeepInlineLinks_FailsWithNestingReason()
    {
        // given 50,000 nested links (Markdig refuses them; the extractor turns that into a reason)
        var note = new string('[', 50_000) + "a" + string.Concat(Enumerable.Repeat("](b)", 50_000));

        // when
        var result = Extract(note);

        // then
        Assert.Equal("Markdown nested more than 100 levels deep (broken or hostile file)", result.Error);
    }

    [Fact]
    public void Extract_ModeratelyNestedQuotes_Succeeds()
    {
        // given 20 levels of quotes, deep but legitimate
        var note = new string('>', 20) + " deep thought";

        // when
        var result = Extract(note);

        // then
        Assert.Equal("deep thought", result.Value.Text);
    }
}
