using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IItemStore"/>: keeping batches (new items, new versions, unchanged, duplicates) and reading them back.</summary>
public abstract class KeepContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    [ContractFact]
    public async Task Keep_NewSources_AddsItemsWithVersionOne()
    {
        var outcomes = await Store.KeepAsync([
            Prepared.Item("/notes/a.md", "Tea", "Oolong grows in Fujian."),
            Prepared.Item("/notes/b.md", "茶", "乌龙茶产于福建。", "zh", ["tea", "china"], kind: "markdown"),
        ]);

        Assert.Equal([KeepResult.Added, KeepResult.Added], outcomes.Select(o => o.Result));
        Assert.All(outcomes, o => Assert.Equal(1, o.Version));
        Assert.NotEqual(outcomes[0].ItemId, outcomes[1].ItemId);
        var item = await Store.GetAsync(outcomes[1].ItemId);
        Assert.NotNull(item);
        Assert.Equal((outcomes[1].ItemId, "/notes/b.md", "markdown", "茶", "zh", 1), (item.Id, item.Source, item.Kind, item.Title, item.Language, item.CurrentVersion));
        Assert.Equal(["china", "tea"], item.Tags);
        Assert.Equal((Start, Start), (item.CreatedAt, item.UpdatedAt));
        Assert.Null(item.ExternalId);
        Assert.Equal(2, await ((IItemStore)Store).CountAsync());
    }

    [ContractFact]
    public async Task Keep_ChangedContentOfKnownSource_MakesANewVersion()
    {
        var first = await Store.KeepAsync([Prepared.Item("/a.md", "Draft", "first words")]);
        var later = Clock.Advance(TimeSpan.FromMinutes(5));

        var second = await Store.KeepAsync([Prepared.Item("/a.md", "Final", "second words", kind: "markdown")]);

        Assert.Equal(new KeepOutcome(KeepResult.NewVersion, first[0].ItemId, 2), second[0]);
        var versions = await Store.GetVersionsAsync(first[0].ItemId);
        Assert.Equal([(1, Start), (2, later)], versions.Select(v => (v.Number, v.CollectedAt)));
        Assert.Equal("first words", await Store.GetTextAsync(first[0].ItemId, 1));
        Assert.Equal("second words", await Store.GetTextAsync(first[0].ItemId, 2));
        Assert.Equal("second words", await Store.GetTextAsync(first[0].ItemId));
        var item = await Store.GetAsync(first[0].ItemId);
        Assert.Equal(("Final", "markdown", 2, Start, later), (item!.Title, item.Kind, item.CurrentVersion, item.CreatedAt, item.UpdatedAt));
        Assert.Equal(1, await ((IItemStore)Store).CountAsync());
    }

    [ContractFact]
    public async Task Keep_RestoredItems_KeepTheTimeTheyWereFirstCollected()
    {
        // given items rebuilt from the archive, whose sidecars say when each version was collected
        var first = Start.AddDays(-30);
        var second = Start.AddDays(-2);

        var v1 = await Store.KeepAsync([Prepared.Item("/a.md", "Draft", "first words") with { CollectedAt = first }]);
        await Store.KeepAsync([Prepared.Item("/a.md", "Final", "second words") with { CollectedAt = second }]);

        var item = await Store.GetAsync(v1[0].ItemId);
        Assert.Equal((first, second), (item!.CreatedAt, item.UpdatedAt));
        Assert.Equal([(1, first), (2, second)], (await Store.GetVersionsAsync(v1[0].ItemId)).Select(v => (v.Number, v.CollectedAt)));
    }

    [ContractFact]
    public async Task Keep_SameContentOfKnownSource_IsUnchanged()
    {
        var first = await Store.KeepAsync([Prepared.Item("/a.md", "Same", "same words")]);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var again = await Store.KeepAsync([Prepared.Item("/a.md", "Same", "same words")]);

        Assert.Equal(new KeepOutcome(KeepResult.Unchanged, first[0].ItemId, 1), again[0]);
        Assert.Single(await Store.GetVersionsAsync(again[0].ItemId));
        Assert.Equal(Start, (await Store.GetAsync(again[0].ItemId))!.UpdatedAt);
    }

    [ContractFact]
    public async Task Keep_Unchanged_RecordsTheNewSourceStampOnly()
    {
        var item = Prepared.Item("/a.md", "Stamped", "words") with { SourceStamp = 100 };
        long id = (await AddAsync(item))[0];

        await Store.KeepAsync([item with { SourceStamp = 200 }]);
        Assert.Equal(200, (await Store.FindSourceAsync("/a.md"))?.SourceStamp);

        // A keep that carries no stamp (an import record) keeps the one recorded.
        await Store.KeepAsync([item with { SourceStamp = null }]);
        Assert.Equal(new SourceState(id, item.Original.Sha256, item.Original.Size, 200), await Store.FindSourceAsync("/a.md"));
    }

    [ContractFact]
    public async Task Keep_SameContentFromAnotherSource_IsADuplicateNotStoredTwice()
    {
        var first = await Store.KeepAsync([Prepared.Item("/a.md", "Copy", "identical")]);

        var copy = await Store.KeepAsync([Prepared.Item("/backup/a.md", "Copy", "identical")]);

        Assert.Equal(new KeepOutcome(KeepResult.Duplicate, first[0].ItemId, 0), copy[0]);
        Assert.Equal(1, await ((IItemStore)Store).CountAsync());
        Assert.Null(await Store.FindSourceAsync("/backup/a.md"));
    }

    [ContractFact]
    public async Task Keep_DuplicatesWithinOneBatch_AreCaught()
    {
        var outcomes = await Store.KeepAsync([
            Prepared.Item("/a.md", "Copy", "identical"),
            Prepared.Item("/b.md", "Copy", "identical"),
        ]);

        Assert.Equal([KeepResult.Added, KeepResult.Duplicate], outcomes.Select(o => o.Result));
        Assert.Equal(outcomes[0].ItemId, outcomes[1].ItemId);
    }

    [ContractFact]
    public async Task Keep_ContentOnlyAnOldVersionHolds_IsNotADuplicate()
    {
        // given /a.md whose first text was replaced by a second
        var original = Prepared.Item("/a.md", "Note", "first text");
        long a = (await AddAsync(original))[0];
        await Store.KeepAsync([Prepared.Item("/a.md", "Note", "second text")]);

        // when another source brings the first text, and /a.md goes back to it
        var other = await Store.KeepAsync([original with { Source = "/b.md" }]);
        var back = await Store.KeepAsync([Prepared.Item("/c.md", "Other", "third text"), original]);

        // then only current versions count as holders
        Assert.Equal(KeepResult.Added, other[0].Result);
        Assert.Equal(new KeepOutcome(KeepResult.Duplicate, other[0].ItemId, 0), back[1]);
        Assert.Equal(2, (await Store.GetAsync(a))!.CurrentVersion);
    }

    [ContractFact]
    public async Task Keep_NewVersionWithoutUrlOrPublished_KeepsTheKnownOnes()
    {
        long id = (await AddAsync(Prepared.Item("/a.html", "Page", "one") with { Url = "https://example.org/a", Published = "2024-05-01" }))[0];

        await Store.KeepAsync([Prepared.Item("/a.html", "Page", "two")]);
        await Store.KeepAsync([Prepared.Item("/a.html", "Page", "three") with { Url = "https://example.org/b" }]);

        var item = await Store.GetAsync(id);
        Assert.Equal(("https://example.org/b", "2024-05-01", 3), (item!.Url, item.Published, item.CurrentVersion));
    }

    [ContractFact]
    public async Task Keep_NewVersion_AddsItsTagsAndTakesNoneAway()
    {
        long id = (await AddAsync(Prepared.Item("record:1", "Tea", "one", tags: ["tea", "green"])))[0];

        await Store.KeepAsync([Prepared.Item("record:1", "Tea", "two", tags: ["tea", "asia"])]);

        Assert.Equal(["asia", "green", "tea"], (await Store.GetAsync(id))!.Tags);
    }

    [ContractFact]
    public async Task Keep_ANewVersionCarryingARemovedTag_DoesNotBringItBack()
    {
        // given an imported item whose "news" tag the user removed
        long id = (await AddAsync(Prepared.Item("record:1", "Tea", "Oolong grows in Fujian.", tags: ["news", "tea"])))[0];
        await Store.RemoveTagsAsync(id, ["news"]);

        // when the source is imported again with new text and the same tags
        await Store.KeepAsync([Prepared.Item("record:1", "Tea", "Oolong and green tea grow in Fujian.", tags: ["news", "tea"])]);

        // then the user's removal stands
        Assert.Equal(["tea"], (await Store.GetAsync(id))!.Tags);
    }

    [ContractFact]
    public async Task Keep_SurvivesReopen()
    {
        long id = (await AddAsync(Prepared.Item("/a.md", "Kept", "kept words", tags: ["t"]) with { ExternalId = "ext-1" }))[0];

        Reopen();

        var item = await Store.GetAsync(id);
        Assert.Equal(("Kept", "ext-1", "/a.md"), (item?.Title, item?.ExternalId, item?.Source));
        Assert.Equal("kept words", await Store.GetTextAsync(id));
        Assert.Null(await Store.CheckIntegrityAsync());
    }

    [ContractFact]
    public async Task FindSource_AndLoadSourceStates_DescribeTheCurrentVersion()
    {
        var v1 = Prepared.Item("/a.md", "A", "words") with { SourceStamp = 42 };
        var v2 = Prepared.Item("/a.md", "A", "other words") with { SourceStamp = 43 };
        long a = (await AddAsync(v1, Prepared.Item("/b.md", "B", "b words")))[0];
        await Store.KeepAsync([v2]);

        var states = await Store.LoadSourceStatesAsync();

        Assert.Equal(["/a.md", "/b.md"], states.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new SourceState(a, v2.Original.Sha256, v2.Original.Size, 43), states["/a.md"]);
        Assert.Null(states["/b.md"].SourceStamp);
        Assert.Equal(states["/a.md"], await Store.FindSourceAsync("/a.md"));
        Assert.Null(await Store.FindSourceAsync("/nowhere.md"));
    }

    [ContractFact]
    public async Task Reads_OfUnknownItems_ReturnNothing()
    {
        long id = (await AddAsync(Prepared.Item("/a.md", "A", "words")))[0];
        long unknown = id + 1000;

        Assert.Null(await Store.GetAsync(unknown));
        Assert.Null(await Store.GetTextAsync(unknown));
        Assert.Null(await Store.GetTextAsync(id, 2));
        Assert.Empty(await Store.GetVersionsAsync(unknown));
        Assert.Empty(await Store.GetFieldsAsync(unknown));
        Assert.Null(await Store.FindByExternalIdAsync("nope"));
    }

    [ContractFact]
    public async Task GetMany_FollowsTheOrderOfIds_AndLeavesOutUnknownOnes()
    {
        var ids = await AddAsync(Prepared.Item("/a", "A", "a"), Prepared.Item("/b", "B", "b"), Prepared.Item("/c", "C", "c"));

        var items = await Store.GetManyAsync([ids[2], ids[0] + 1000, ids[0]]);

        Assert.Equal(["C", "A"], items.Select(i => i.Title));
        Assert.Empty(await Store.GetManyAsync([]));
    }

    [ContractFact]
    public async Task FindByExternalId_FindsTheImportedRecord()
    {
        var ids = await AddAsync(
            Prepared.Item("import:a.jsonl#1", "One", "one") with { ExternalId = "doc-1" },
            Prepared.Item("import:a.jsonl#2", "Two", "two") with { ExternalId = "doc-2" });

        var found = await Store.FindByExternalIdAsync("doc-2");

        Assert.Equal((ids[1], "doc-2", "Two"), (found?.Id, found?.ExternalId, found?.Title));
    }

    [ContractFact]
    public async Task GetFields_ReturnsThoseOfTheCurrentVersion()
    {
        var fields = new Dictionary<string, string> { ["author"] = "李白", ["description"] = "A \"quoted\" note" };
        long id = (await AddAsync(Prepared.Item("/a.html", "A", "one") with { Fields = fields }))[0];
        Assert.Equal(fields.OrderBy(f => f.Key), (await Store.GetFieldsAsync(id)).OrderBy(f => f.Key));

        await Store.KeepAsync([Prepared.Item("/a.html", "A", "two")]);

        Assert.Empty(await Store.GetFieldsAsync(id));
    }

    [ContractFact]
    public async Task Versions_DescribeEachOriginal()
    {
        var v1 = Prepared.Item("/a.md", "A", "short") with { MediaType = "text/markdown" };
        long a = (await AddAsync(v1))[0];
        var at = Clock.Advance(TimeSpan.FromSeconds(3));
        var v2 = Prepared.Item("/a.md", "A", "a longer text, 中文也算") with { MediaType = "text/html" };
        long b = (await AddAsync(Prepared.Item("/b.md", "B", "bee")))[0];
        await Store.KeepAsync([v2]);

        var versions = await Store.GetVersionsAsync(a);
        var all = new List<ItemVersion>();
        await foreach (var version in Store.AllVersionsAsync())
        {
            all.Add(version);
        }

        ItemVersion[] expected =
        [
            new(a, 1, v1.Original.Sha256, v1.Original.Size, "text/markdown", Start, "short".Length),
            new(a, 2, v2.Original.Sha256, v2.Original.Size, "text/html", at, "a longer text, 中文也算".Length),
        ];
        Assert.Equal(expected, versions);
        Assert.Equal([(a, 1), (b, 1), (a, 2)], all.Select(v => (v.ItemId, v.Number)));
        Assert.Equal(expected[1], all[2]);
    }

    [ContractFact]
    public async Task List_NewestFirst_WithSinceAndPaging()
    {
        long a = (await AddAsync(Prepared.Item("/a", "A", "a")))[0];
        var t1 = Clock.Advance(TimeSpan.FromMinutes(1));
        long b = (await AddAsync(Prepared.Item("/b", "B", "b")))[0];
        Clock.Advance(TimeSpan.FromMinutes(1));
        long c = (await AddAsync(Prepared.Item("/c", "C", "c")))[0];
        var t3 = Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.KeepAsync([Prepared.Item("/a", "A", "a again")]);

        Assert.Equal([a, c, b], (await Store.ListAsync(ItemFilter.None)).Select(i => i.Id));
        Assert.Equal([a, c, b], (await Store.ListAsync(new ItemFilter(Since: t1))).Select(i => i.Id));
        Assert.Equal([a], (await Store.ListAsync(new ItemFilter(Since: t3))).Select(i => i.Id));
        Assert.Equal([c], (await Store.ListAsync(new ItemFilter(Limit: 1, Offset: 1))).Select(i => i.Id));
        Assert.Empty(await Store.ListAsync(new ItemFilter(Offset: 3)));
    }

    [ContractFact]
    public async Task List_FiltersByTagLanguageAndKind()
    {
        await Store.KeepAsync([
            Prepared.Item("/1", "One", "one", "en", ["a"]),
            Prepared.Item("/2", "二", "二", "zh", ["a", "b"]),
            Prepared.Item("/3", "Three", "three", "en", ["b"], kind: "pdf"),
        ]);

        Assert.Equal(["二"], (await Store.ListAsync(new ItemFilter(Tags: ["a", "b"]))).Select(i => i.Title));
        Assert.Equal(["二"], (await Store.ListAsync(new ItemFilter(Language: "zh"))).Select(i => i.Title));
        Assert.Equal(["Three"], (await Store.ListAsync(new ItemFilter(Kind: "pdf"))).Select(i => i.Title));
        Assert.Equal(["One"], (await Store.ListAsync(new ItemFilter(Tags: ["a"], Language: "EN", Kind: "TEXT"))).Select(i => i.Title));
        Assert.Equal(2, (await Store.ListAsync(new ItemFilter(Limit: 2))).Count);
        // Filter tags are normalised as tags are (full-width letters, case, spaces).
        Assert.Equal(["二"], (await Store.ListAsync(new ItemFilter(Tags: ["Ａ ", "B"]))).Select(i => i.Title));
        Assert.Empty(await Store.ListAsync(new ItemFilter(Tags: ["missing"])));
    }

    [ContractFact]
    public async Task CountMatching_CountsWhatListWouldShow_IgnoringPaging()
    {
        var ids = (await Store.KeepAsync([
            Prepared.Item("/1", "One", "one", "en", ["a"]),
            Prepared.Item("/2", "二", "二", "zh", ["a", "b"]),
            Prepared.Item("/3", "Three", "three", "en", ["b"], kind: "pdf"),
        ])).Select(o => o.ItemId).ToList();
        await Store.SetCategoryAsync(ids[0], "essays", Roots.Core.Classification.TagOrigin.User, null);

        Assert.Equal(3, await Store.CountMatchingAsync(new ItemFilter(Limit: 1, Offset: 2)));
        Assert.Equal(2, await Store.CountMatchingAsync(new ItemFilter(Tags: ["A"], Limit: 1)));
        Assert.Equal(1, await Store.CountMatchingAsync(new ItemFilter(Tags: ["a", "b"])));
        Assert.Equal(2, await Store.CountMatchingAsync(new ItemFilter(Language: "en")));
        Assert.Equal(1, await Store.CountMatchingAsync(new ItemFilter(Kind: "pdf")));
        Assert.Equal(1, await Store.CountMatchingAsync(new ItemFilter(Category: "Essays")));
        Assert.Equal(0, await Store.CountMatchingAsync(new ItemFilter(Tags: ["missing"])));
        Assert.Equal(0, await Store.CountMatchingAsync(new ItemFilter(Since: Clock.GetUtcNow().AddDays(1))));
    }

    [ContractFact]
    public async Task List_FiltersByCategory()
    {
        var ids = (await Store.KeepAsync([
            Prepared.Item("/1", "One", "one", "en"),
            Prepared.Item("/2", "Two", "two", "en"),
        ])).Select(o => o.ItemId).ToList();
        await Store.SetCategoryAsync(ids[0], "essays", Roots.Core.Classification.TagOrigin.User, null);
        await Store.SetCategoryAsync(ids[1], "letters", Roots.Core.Classification.TagOrigin.Rule, 1);

        Assert.Equal(["One"], (await Store.ListAsync(new ItemFilter(Category: "Essays "))).Select(i => i.Title));
        Assert.Equal(["Two"], (await Store.ListAsync(new ItemFilter(Category: "letters", Language: "en"))).Select(i => i.Title));
        Assert.Empty(await Store.ListAsync(new ItemFilter(Category: "missing")));
    }
}
