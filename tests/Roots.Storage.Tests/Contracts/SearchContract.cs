using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary>
/// <see cref="ISearchIndex"/>: BM25 over analysed terms, title boosted, filters before paging. Scores are pinned to
/// <see cref="Bm25Reference"/>, so both stores rank a library the same way and return the same scores.
/// </summary>
public abstract class SearchContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private static readonly PreparedItem[] Corpus =
    [
        Prepared.Item("/1", "Web archiving at national libraries", "WARC files keep the responses a crawler collected.", "en", ["archive"]),
        Prepared.Item("/2", "Gardening notes", "Tomatoes need sun; archiving seeds in jars keeps them dry.", "en", ["garden"]),
        Prepared.Item("/3", "中文分词", "中文搜索需要分词：把句子切成词语，再建立索引。", "zh", ["search"]),
        Prepared.Item("/4", "茶与水", "泡乌龙茶的水温要高，绿茶则要低一些。", "zh", ["tea"]),
        Prepared.Item("/5", "Filler one", "Nothing relevant here at all.", "en", kind: "note"),
        Prepared.Item("/6", "Filler two", "Still nothing relevant, just words.", "en", kind: "note"),
    ];

    private long[] _ids = [];

    private async Task<long[]> CorpusAsync() => _ids = await AddAsync(Corpus);

    private async Task<List<string>> TitlesAsync(string query, ItemFilter? filter = null, double titleWeight = SearchRequest.DefaultTitleWeight)
    {
        var hits = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms(query), filter ?? ItemFilter.None, titleWeight));
        var items = await Store.GetManyAsync(hits.Select(h => h.ItemId).ToList());
        return items.Select(i => i.Title).ToList();
    }

    private Bm25Reference Reference(IEnumerable<PreparedItem> documents) =>
        new(documents.Select((d, i) => (_ids[i], d.TitleTerms, d.BodyTerms)).ToList());

    [ContractFact]
    public async Task Search_TitleMatch_RanksAboveBodyMatch()
    {
        await CorpusAsync();

        Assert.Equal(["Web archiving at national libraries", "Gardening notes"], await TitlesAsync("archive"));
    }

    [ContractFact]
    public async Task Search_TitleWeight_DecidesBetweenATitleAndABodyMatch()
    {
        // given one item naming tea once in its title and another three times in its body
        var ids = await AddAsync(
            Prepared.Item("/t", "Tea", "Notes about leaves and water."),
            Prepared.Item("/b", "Notes", "Tea, more tea, and tea again with leaves."),
            Prepared.Item("/x", "Coffee", "Roasted beans and water."),
            Prepared.Item("/y", "Cocoa", "Beans from pods."));

        // when the title counts for much, or for little
        var heavy = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("tea"), ItemFilter.None, 10));
        var light = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("tea"), ItemFilter.None, 0.2));

        Assert.Equal([ids[0], ids[1]], heavy.Select(h => h.ItemId));
        Assert.Equal([ids[1], ids[0]], light.Select(h => h.ItemId));
    }

    [ContractTheory]
    [InlineData("archive", 2.0)]
    [InlineData("national archiving seeds", 2.0)]
    [InlineData("national archiving seeds", 1.0)]
    [InlineData("relevant words nothing", 5.0)]
    [InlineData("乌龙茶的水温", 2.0)]
    [InlineData("中文搜索 分词", 0.5)]
    public async Task Search_Scores_AreFts5Bm25(string query, double titleWeight)
    {
        await CorpusAsync();
        var terms = TextAnalyzer.Terms(query);

        var hits = await Store.SearchAsync(new SearchRequest(terms, ItemFilter.None, titleWeight));

        var expected = Reference(Corpus).Rank(terms, titleWeight);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.ItemId));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Score, hits[i].Score, 1e-9);
        }
    }

    [ContractFact]
    public async Task Search_Chinese_FindsSegmentedWords()
    {
        await CorpusAsync();

        Assert.Equal(["中文分词"], await TitlesAsync("分词"));
        Assert.Equal(["茶与水"], await TitlesAsync("乌龙茶"));
        Assert.Equal(["茶与水"], await TitlesAsync("绿茶"));
        Assert.Equal(["中文分词"], await TitlesAsync("如何建立索引"));
    }

    [ContractFact]
    public async Task Search_AnyTermMatches_MoreTermsRankHigher()
    {
        await CorpusAsync();

        var titles = await TitlesAsync("national archiving seeds");

        Assert.Equal(["Web archiving at national libraries", "Gardening notes"], titles);
    }

    [ContractFact]
    public async Task Search_Filters_ApplyBeforePaging()
    {
        await CorpusAsync();

        Assert.Equal(["Gardening notes"], await TitlesAsync("archive", new ItemFilter(Tags: ["garden"], Limit: 1)));
        Assert.Equal(["Gardening notes"], await TitlesAsync("archive", new ItemFilter(Tags: ["GARDEN"])));
        Assert.Empty(await TitlesAsync("archive", new ItemFilter(Language: "zh")));
        Assert.Equal(["中文分词"], await TitlesAsync("分词 archive", new ItemFilter(Language: "zh")));
        Assert.Equal(["Filler one", "Filler two"], await TitlesAsync("nothing relevant", new ItemFilter(Kind: "note")));
        Assert.Empty(await TitlesAsync("nothing relevant", new ItemFilter(Kind: "pdf")));
    }

    [ContractFact]
    public async Task Search_Since_KeepsItemsCollectedOrUpdatedSinceThen()
    {
        await CorpusAsync();
        var later = Clock.Advance(TimeSpan.FromHours(1));
        await Store.KeepAsync([Prepared.Item("/2", "Gardening notes", "Tomatoes need sun; archiving seeds in jars keeps them dry and safe.")]);

        Assert.Equal(["Gardening notes"], await TitlesAsync("archive", new ItemFilter(Since: later)));
        Assert.Equal(2, (await TitlesAsync("archive", new ItemFilter(Since: Start))).Count);
    }

    [ContractFact]
    public async Task Search_Scores_AreDescendingAndPositive()
    {
        await CorpusAsync();

        var hits = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("archive relevant 茶"), ItemFilter.None));

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.ItemId), hits.Select(h => h.ItemId));
    }

    [ContractFact]
    public async Task Search_EqualScores_AreOrderedByItemId()
    {
        var ids = await AddAsync(
            Prepared.Item("/c", "Same", "Kettle water."),
            Prepared.Item("/a", "Same", "Kettle water!"),
            Prepared.Item("/b", "Same", "Kettle, water?"),
            Prepared.Item("/d", "Other", "Unrelated text."));

        var all = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("kettle"), ItemFilter.None));
        var second = await Store.SearchAsync(new SearchRequest(TextAnalyzer.Terms("kettle"), new ItemFilter(Limit: 1, Offset: 1)));

        Assert.Equal(ids[..3], all.Select(h => h.ItemId));
        Assert.Equal([ids[1]], second.Select(h => h.ItemId));
    }

    [ContractFact]
    public async Task Search_TermsThatLookLikeSyntax_MatchNothing()
    {
        await CorpusAsync();

        // given terms that FTS5 or tsquery would parse as operators, columns or prefixes
        string[] terms = ["or", "and", "not", "title:x", "\"", "near(", "a&b", "!", "'", ":*", "(", ")", "|", "<->", "\\", "*", "-", "{", "}", "^"];
        var hits = await Store.SearchAsync(new SearchRequest(terms, ItemFilter.None));

        Assert.Empty(hits);
    }

    [ContractFact]
    public async Task Search_NoTermsOrEmptyTerms_FindsNothing()
    {
        await CorpusAsync();

        Assert.Empty(await Store.SearchAsync(new SearchRequest([], ItemFilter.None)));
        Assert.Empty(await Store.SearchAsync(new SearchRequest(["", ""], ItemFilter.None)));
        Assert.Empty(await Store.SearchAsync(new SearchRequest(["zzzunknown"], ItemFilter.None)));
    }

    [ContractFact]
    public async Task Search_RepeatedAndEmptyTerms_CountOnce()
    {
        await CorpusAsync();
        var terms = TextAnalyzer.Terms("national archive");

        var once = await Store.SearchAsync(new SearchRequest(terms, ItemFilter.None));
        var twice = await Store.SearchAsync(new SearchRequest([.. terms, "", .. terms], ItemFilter.None));

        Assert.Equal(once.Select(h => (h.ItemId, Math.Round(h.Score, 9))), twice.Select(h => (h.ItemId, Math.Round(h.Score, 9))));
    }

    [ContractFact]
    public async Task Search_Paging_ReturnsTheNextPage()
    {
        await CorpusAsync();
        var request = new SearchRequest(TextAnalyzer.Terms("archive relevant 茶"), ItemFilter.None);

        var all = await Store.SearchAsync(request);
        var page = await Store.SearchAsync(request with { Filter = new ItemFilter(Limit: 2, Offset: 1) });
        var past = await Store.SearchAsync(request with { Filter = new ItemFilter(Limit: 2, Offset: 5) });

        Assert.Equal(all.Skip(1).Take(2), page);
        Assert.Empty(past);
    }

    [ContractFact]
    public async Task Search_NewVersion_ReplacesTheIndexedText()
    {
        await CorpusAsync();

        await Store.KeepAsync([Prepared.Item("/2", "Gardening notes", "Compost heaps need air and time.")]);

        Assert.Equal(["Web archiving at national libraries"], await TitlesAsync("archive"));
        Assert.Equal(["Gardening notes"], await TitlesAsync("compost"));
        Assert.Equal(6, await ((ISearchIndex)Store).CountAsync());
    }

    [ContractFact]
    public async Task Search_KeptItems_AreSearchableAfterReopen()
    {
        await CorpusAsync();

        Reopen();

        Assert.Equal(["茶与水"], await TitlesAsync("乌龙茶"));
        Assert.Equal(6, await ((ISearchIndex)Store).CountAsync());
    }

    [ContractFact]
    public async Task Rebuild_ReindexesTheCurrentTextOfEveryItem()
    {
        await CorpusAsync();
        await Store.KeepAsync([Prepared.Item("/2", "Gardening notes", "Compost heaps need air and time.")]);
        var progress = new Reports();

        long count = await Store.RebuildAsync(Prepared.Analyze, progress);

        Assert.Equal(6, count);
        Assert.Equal(6, progress.Values[^1]);
        Assert.Equal(6, await ((ISearchIndex)Store).CountAsync());
        Assert.Equal(["中文分词"], await TitlesAsync("分词"));
        Assert.Equal(["Gardening notes"], await TitlesAsync("compost"));
        Assert.Equal(["Web archiving at national libraries"], await TitlesAsync("archive"));
    }

    [ContractFact]
    public async Task Rebuild_WithAnotherAnalyzer_ReplacesTheWholeIndex()
    {
        await CorpusAsync();

        // given an analyser that indexes titles only
        long count = await Store.RebuildAsync((title, _) => (string.Join(' ', TextAnalyzer.Terms(title)), ""));

        Assert.Equal(6, count);
        Assert.Equal(["Web archiving at national libraries"], await TitlesAsync("archive"));
        Assert.Empty(await TitlesAsync("tomatoes"));
    }

    [ContractFact]
    public async Task Search_AfterNewVersions_ScoresCountOnlyTheCurrentText()
    {
        // given the corpus, then new versions: one item shorter, one longer, one rewritten twice in one batch,
        // and an item added and rewritten in the same batch
        await CorpusAsync();
        PreparedItem[] versions =
        [
            Prepared.Item("/1", "Web archiving", "WARC files."),
            Prepared.Item("/2", "Gardening notes", "Tomatoes need sun; archiving seeds in jars keeps them dry, and compost heaps need air and time."),
            Prepared.Item("/5", "Filler one", "Nothing relevant."),
            Prepared.Item("/5", "Filler one", "Nothing relevant here, only filler words and national news."),
            Prepared.Item("/7", "Archive of letters", "Letters kept for years."),
            Prepared.Item("/7", "Archive of letters", "Letters and seeds kept in a national archive."),
        ];
        await Store.KeepAsync(versions[..2]);
        var outcomes = await Store.KeepAsync(versions[2..]);
        long added = outcomes[^1].ItemId;
        var current = Corpus.Select((d, i) => (_ids[i], d.TitleTerms, d.BodyTerms)).ToDictionary(d => d.Item1);
        foreach (var version in versions)
        {
            long id = version.Source == "/7" ? added : _ids[Array.FindIndex(Corpus, c => c.Source == version.Source)];
            current[id] = (id, version.TitleTerms, version.BodyTerms);
        }

        // then every score is BM25 over the seven current documents only, now and after a reopen
        var reference = new Bm25Reference(current.Values.ToList());
        await AssertScoresAsync(reference, "archive", 2.0);
        await AssertScoresAsync(reference, "national archiving seeds relevant", 1.0);
        Reopen();
        await AssertScoresAsync(reference, "national archiving seeds relevant", 3.0);
        Assert.Equal(7, await ((ISearchIndex)Store).CountAsync());
    }

    [ContractFact]
    public async Task Rebuild_Scores_CountOnlyTheRebuiltIndex()
    {
        // given a corpus whose items got new versions, so that the index saw more rows than it keeps
        await CorpusAsync();
        await Store.KeepAsync([Prepared.Item("/1", "Web archiving", "WARC files keep what a crawler collected, page after page.")]);
        await Store.KeepAsync([Prepared.Item("/1", "Web archiving", "WARC files.")]);

        // when the index is rebuilt with the pipeline's analyser, then with one that indexes titles only
        await Store.RebuildAsync(Prepared.Analyze);
        var first = Prepared.Analyze("Web archiving", "WARC files.");
        var full = new Bm25Reference(Corpus.Select((d, i) =>
            i == 0 ? (_ids[i], first.TitleTerms, first.BodyTerms) : (_ids[i], d.TitleTerms, d.BodyTerms)).ToList());
        await AssertScoresAsync(full, "national archiving seeds relevant", 2.0);

        await Store.RebuildAsync((title, _) => (string.Join(' ', TextAnalyzer.Terms(title)), ""));

        // then the scores are those of the rebuilt documents alone
        var titles = new Bm25Reference(Corpus.Select((d, i) => (_ids[i], i == 0 ? first.TitleTerms : d.TitleTerms, "")).ToList());
        await AssertScoresAsync(titles, "web archiving notes filler", 2.0);
    }

    private async Task AssertScoresAsync(Bm25Reference reference, string query, double titleWeight)
    {
        var terms = TextAnalyzer.Terms(query);
        var expected = reference.Rank(terms, titleWeight);

        var hits = await Store.SearchAsync(new SearchRequest(terms, ItemFilter.None, titleWeight));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.ItemId));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Score, hits[i].Score, 1e-9);
        }
    }

    private sealed class Reports : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value) => Values.Add(value);
    }
}
