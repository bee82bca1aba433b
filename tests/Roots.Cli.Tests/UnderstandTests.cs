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

public sealed class IdentifierSearchTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Search_ByIdentifier_FindsTheItemsCarryingIt()
    {
        await _lib.Roots("init");
        _lib.Write("journal.md",
            "# 期刊说明\n\n本刊 ISSN 3083-5178，全部论文有 DOI（如 https://doi.org/10.5281/zenodo.17978371）。作者 ORCID: https://orcid.org/0000-0002-1825-0097");
        _lib.Write("other.md", "# Other\n\nCites doi:10.1145/3359591.3359737. A date like 2026-0612 is no ISSN.");
        await _lib.Roots("add", _lib.Inputs);

        var byDoi = await _lib.Json("search", "doi:10.5281/zenodo.17978371", "--json");
        var byIssn = await _lib.Json("search", "issn:3083-5178", "--json");
        var byUrl = await _lib.Json("search", "https://doi.org/10.1145/3359591.3359737", "--json");

        Assert.Equal(["期刊说明"], byDoi.EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(["期刊说明"], byIssn.EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(["Other"], byUrl.EnumerateArray().Select(r => r.GetProperty("title").GetString()));

        // Items are kept in the order the parallel pipeline finishes them: show the journal by the id search gave.
        var shown = await _lib.Json("show", byDoi[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var identifiers = shown.GetProperty("identifiers").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Contains("doi:10.5281/zenodo.17978371", identifiers);
        Assert.Contains("issn:3083-5178", identifiers);
        Assert.Contains("orcid:0000-0002-1825-0097", identifiers);
    }
}
