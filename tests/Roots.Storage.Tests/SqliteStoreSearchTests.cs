using Roots.Core.Analysis;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite.Tests;

public sealed class SqliteStoreSearchTests : IDisposable
{
    private readonly TestStore _db = new();

    public SqliteStoreSearchTests()
    {
        _db.Store.KeepAsync([
            TestStore.Item("/1", "Web archiving at national libraries", "WARC files keep the responses a crawler collected.", "en", ["archive"]),
            TestStore.Item("/2", "Gardening notes", "Tomatoes need sun; archiving seeds in jars keeps them dry.", "en", ["garden"]),
            TestStore.Item("/3", "中文分词", "中文搜索需要分词：把句子切成词语，再建立索引。", "zh", ["search"]),
            TestStore.Item("/4", "茶与水", "泡乌龙茶的水温要高，绿茶则要低一些。", "zh", ["tea"]),
            TestStore.Item("/5", "Filler one", "Nothing relevant here at all.", "en"),
            TestStore.Item("/6", "Filler two", "Still nothing relevant, just words.", "en"),
        ]).AsTask().GetAwaiter().GetResult();
    }

    public void Dispose() => _db.Dispose();

    private async Task<List<string>> Titles(string query, ItemFilter? filter = null, double titleWeight = 2.0)
    {
        var hits = await _db.Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms(query), filter ?? ItemFilter.None, titleWeight));
        var items = await _db.Store.GetManyAsync(hits.Select(h => h.ItemId).ToList());
        return items.Select(i => i.Title).ToList();
    }

    [Fact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        Assert.Equal(["Web archiving at national libraries", "Gardening notes"], await Titles("archive"));
    }

    [Fact]
    public async Task Search_Chinese_FindsSegmentedWords()
    {
        Assert.Equal(["中文分词"], await Titles("分词"));
        Assert.Equal(["茶与水"], await Titles("乌龙茶"));
    }

    [Fact]
    public async Task Search_AnyTermMatches_MoreTermsRankHigher()
    {
        var titles = await Titles("national archiving seeds");

        Assert.Equal(2, titles.Count);
        Assert.Equal("Web archiving at national libraries", titles[0]);
    }

    [Fact]
    public async Task Search_Filters_Apply()
    {
        Assert.Equal(["Gardening notes"], await Titles("archive", new ItemFilter(Tags: ["garden"])));
        Assert.Empty(await Titles("archive", new ItemFilter(Language: "zh")));
    }

    [Fact]
    public async Task Search_Scores_AreDescendingAndPositive()
    {
        var hits = await _db.Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("archive"), ItemFilter.None));

        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.ItemId), hits.Select(h => h.ItemId));
    }

    [Fact]
    public async Task Search_TermsThatLookLikeSyntax_AreQuoted()
    {
        // given terms that FTS5 would parse as operators or columns
        var hits = await _db.Store.SearchAsync(new SearchRequest(["or", "and", "not", "title:x", "\"", "near("], ItemFilter.None));

        Assert.Empty(hits);
    }

    [Fact]
    public async Task Search_Paging_ReturnsTheNextPage()
    {
        var all = await Titles("archive");
        var second = await Titles("archive", new ItemFilter(Limit: 1, Offset: 1));

        Assert.Equal([all[1]], second);
    }

    [Fact]
    public async Task Rebuild_ReindexesEveryItem()
    {
        long count = await _db.Store.RebuildAsync((title, text) =>
            (string.Join(' ', TextAnalyzer.Terms(title)), string.Join(' ', TextAnalyzer.Terms(text))));

        Assert.Equal(6, count);
        Assert.Equal(6, await ((ISearchIndex)_db.Store).CountAsync());
        Assert.Equal(["中文分词"], await Titles("分词"));
    }
}

public sealed class SqliteStoreParallelSearchTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Search_InSlices_RanksExactlyAsOneQuery()
    {
        // given a few hundred items with overlapping vocabulary in both languages
        string[] words = ["tea", "garden", "archive", "library", "search", "茶叶", "花园", "档案", "图书馆", "搜索"];
        var random = new Random(7);
        var items = Enumerable.Range(0, 400).Select(i =>
        {
            string text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
            return TestStore.Item($"/doc/{i}", $"doc {i} {words[i % words.Length]}", text);
        }).ToList();
        await _db.Store.KeepAsync(items);
        var request = new SearchRequest(TextAnalyzer.Terms("tea archive 图书馆"), new ItemFilter(Limit: 25, Offset: 5));

        // when searched as one query and in slices
        _db.Store.ParallelSearchThreshold = int.MaxValue;
        var whole = await _db.Store.SearchAsync(request);
        _db.Store.ParallelSearchThreshold = 50;
        var sliced = await _db.Store.SearchAsync(request);

        // then the pages are the same, scores included
        Assert.Equal(25, whole.Count);
        Assert.Equal(whole.Select(h => (h.ItemId, Math.Round(h.Score, 9))), sliced.Select(h => (h.ItemId, Math.Round(h.Score, 9))));
    }
}
