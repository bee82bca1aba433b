namespace Roots.Cli.Tests;

public sealed class UnderstandTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Show_GivesAnExtractiveSummaryAndLibraryKeywords()
    {
        // given a library where "tea" is everywhere and "oolong" only in one item
        await _lib.Roots("init");
        for (int i = 0; i < 5; i++)
        {
            _lib.Write($"tea{i}.md", $"# Tea note {i}\n\nTea in the morning. Tea with friends number {i}.");
        }

        _lib.Write("oolong.md",
            "# Oolong\n\nOolong tea is partly oxidised. Oolong leaves are rolled into balls or twisted strips. " +
            "Brewing oolong needs water near boiling. My neighbour repairs bicycles on Sundays. " +
            "A good oolong can be steeped six or seven times.");
        await _lib.Roots("add", _lib.Inputs);
        var list = await _lib.Json("list", "--json");
        string id = list.EnumerateArray().First(i => i.GetProperty("title").GetString() == "Oolong").GetProperty("id").GetRawText();

        var shown = await _lib.Json("show", id, "--json");

        Assert.Equal("extractive", shown.GetProperty("summary").GetProperty("by").GetString());
        string summary = shown.GetProperty("summary").GetProperty("text").GetString()!;
        Assert.Contains("Oolong", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("bicycles", summary, StringComparison.Ordinal);
        var keywords = shown.GetProperty("keywords").EnumerateArray().Select(k => k.GetProperty("word").GetString()).ToList();
        Assert.Equal("oolong", keywords[0]);
        Assert.InRange(keywords.Count, 1, 8);
        Assert.True(keywords.IndexOf("tea") is -1 or > 0);
    }

    [Fact]
    public async Task Show_ChineseItem_HasChineseKeywords()
    {
        await _lib.Roots("init");
        _lib.Write("fenci.md", "# 分词\n\n中文分词决定搜索质量。分词错误会让搜索失败，词典和统计模型各有长处。好的分词器兼顾词典和模型。");

        await _lib.Roots("add", _lib.Inputs);
        var shown = await _lib.Json("show", "1", "--json");

        var keywords = shown.GetProperty("keywords").EnumerateArray().Select(k => k.GetProperty("word").GetString()).ToList();
        Assert.Contains("分词", keywords);
        Assert.All(keywords, k => Assert.True(k!.Length >= 2));
    }
}
