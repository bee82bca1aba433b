using Roots.Core.Analysis;
using Roots.Core.Search;

namespace Roots.Core.Tests.Search;

public class SnippetBuilderTests
{
    [Fact]
    public void Build_EnglishQuery_HighlightsStemmedMatches()
    {
        // given a text where the query word appears in another form
        const string text = "Roots keeps everything. National libraries are archiving the web, and Roots archives your notes.";

        var snippet = SnippetBuilder.Build(text, TextAnalyzer.Terms("archive"));

        // then both forms are marked
        Assert.Equal(
            "Roots keeps everything. National libraries are <mark>archiving</mark> the web, and Roots <mark>archives</mark> your notes.",
            snippet.ToHtml());
    }

    [Fact]
    public void Build_ChineseQuery_HighlightsTheWord()
    {
        const string text = "本文提出以下核心判断：系统构建能力才是真正的稀缺资产。";

        var snippet = SnippetBuilder.Build(text, TextAnalyzer.Terms("稀缺资产"));

        Assert.Contains("<mark>稀缺资产</mark>", snippet.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WindowMovesToTheMatches()
    {
        string text = string.Concat(Enumerable.Repeat("Filler words about nothing much. ", 40)) + "Here the tea garden grows oolong.";

        var snippet = SnippetBuilder.Build(text, TextAnalyzer.Terms("oolong tea"), maxLength: 80);

        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(2, snippet.Highlights.Count);
        Assert.Equal("tea", snippet.Text.Substring(snippet.Highlights[0].Start, snippet.Highlights[0].Length));
    }

    [Fact]
    public void Build_HtmlInText_IsEscaped()
    {
        var snippet = SnippetBuilder.Build("<script>alert(1)</script> roots", TextAnalyzer.Terms("roots"));

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>roots</mark>", snippet.ToHtml());
    }

    [Fact]
    public void Build_NoMatch_ReturnsTheOpening()
    {
        var snippet = SnippetBuilder.Build("First line\nsecond   line", TextAnalyzer.Terms("absent"));

        Assert.Equal("First line second line", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void Build_FullWidthTextMatchesHalfWidthQuery()
    {
        var snippet = SnippetBuilder.Build("我们使用ＳＱＬｉｔｅ保存数据", TextAnalyzer.Terms("sqlite"));

        Assert.Equal("我们使用<mark>ＳＱＬｉｔｅ</mark>保存数据", snippet.ToHtml());
    }
}
