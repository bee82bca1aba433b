using Roots.TestKit.Pdf;

namespace Roots.Cli.Tests;

/// <summary>A Chinese PDF whose lines are wrapped inside words is found by those words, as a user searches.</summary>
public sealed class PdfSearchTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task AddChinesePdf_WrappedInsideAWord_LexicalSearchFindsTheWord()
    {
        // given a Chinese PDF that breaks the line inside 网页, as typeset Chinese does
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var page = UnicodePdf.Stack(12, "\t搜索引擎每天抓取大量网", "页，然后为它们建立索引。", "\t第二段讲的是存档。");
        _lib.Write("crawl.pdf", UnicodePdf.Build("网络抓取", page));

        // when it is added and searched for the broken word
        var added = await _lib.Json("add", _lib.Inputs, "--json");
        var hits = await _lib.Json("search", "网页", "--mode", "lexical", "--json");

        // then the item is found, with the word whole in its snippet
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.Equal("网络抓取", hit.GetProperty("title").GetString());
        Assert.Contains("<mark>网页</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }
}
