using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite.Tests;

public sealed class SqliteStoreKeepTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Keep_NewSources_AddsItemsWithVersionOne()
    {
        var outcomes = await _db.Store.KeepAsync([
            TestStore.Item("/notes/a.md", "Tea", "Oolong grows in Fujian."),
            TestStore.Item("/notes/b.md", "茶", "乌龙茶产于福建。", "zh", ["tea", "china"]),
        ]);

        Assert.Equal([KeepResult.Added, KeepResult.Added], outcomes.Select(o => o.Result));
        var item = await _db.Store.GetAsync(outcomes[1].ItemId);
        Assert.Equal(outcomes[1].ItemId, item?.Id);
        Assert.Equal(("茶", "zh", 1), (item!.Title, item.Language, item.CurrentVersion));
        Assert.Equal(["china", "tea"], item.Tags);
        Assert.Equal(2, await ((IItemStore)_db.Store).CountAsync());
    }

    [Fact]
    public async Task Keep_ChangedContentOfKnownSource_MakesANewVersion()
    {
        var first = await _db.Store.KeepAsync([TestStore.Item("/a.md", "Draft", "first words")]);
        var second = await _db.Store.KeepAsync([TestStore.Item("/a.md", "Draft", "second words")]);

        Assert.Equal(KeepResult.NewVersion, second[0].Result);
        Assert.Equal(first[0].ItemId, second[0].ItemId);
        Assert.Equal(2, second[0].Version);
        var versions = await _db.Store.GetVersionsAsync(first[0].ItemId);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("first words", await _db.Store.GetTextAsync(first[0].ItemId, 1));
        Assert.Equal("second words", await _db.Store.GetTextAsync(first[0].ItemId));
    }

    [Fact]
    public async Task Keep_SameContentOfKnownSource_IsUnchanged()
    {
        await _db.Store.KeepAsync([TestStore.Item("/a.md", "Same", "same words")]);

        var again = await _db.Store.KeepAsync([TestStore.Item("/a.md", "Same", "same words")]);

        Assert.Equal(KeepResult.Unchanged, again[0].Result);
        Assert.Single(await _db.Store.GetVersionsAsync(again[0].ItemId));
    }

    [Fact]
    public async Task Keep_SameContentFromAnotherSource_IsADuplicateNotStoredTwice()
    {
        var first = await _db.Store.KeepAsync([TestStore.Item("/a.md", "Copy", "identical")]);

        var copy = await _db.Store.KeepAsync([TestStore.Item("/backup/a.md", "Copy", "identical")]);

        Assert.Equal(new KeepOutcome(KeepResult.Duplicate, first[0].ItemId, 0), copy[0]);
        Assert.Equal(1, await ((IItemStore)_db.Store).CountAsync());
    }

    [Fact]
    public async Task Keep_DuplicatesWithinOneBatch_AreCaught()
    {
        var outcomes = await _db.Store.KeepAsync([
            TestStore.Item("/a.md", "Copy", "identical"),
            TestStore.Item("/b.md", "Copy", "identical"),
        ]);

        Assert.Equal([KeepResult.Added, KeepResult.Duplicate], outcomes.Select(o => o.Result));
    }

    [Fact]
    public async Task Keep_SurvivesReopen()
    {
        var kept = await _db.Store.KeepAsync([TestStore.Item("/a.md", "Kept", "kept words")]);

        _db.Reopen();

        Assert.Equal("Kept", (await _db.Store.GetAsync(kept[0].ItemId))?.Title);
        Assert.Null(_db.Store.CheckIntegrity());
    }

    [Fact]
    public async Task LoadSourceStates_ReturnsCurrentHashes()
    {
        var item = TestStore.Item("/a.md", "A", "words") with { SourceStamp = 42 };
        await _db.Store.KeepAsync([item]);

        var states = await _db.Store.LoadSourceStatesAsync();

        var state = Assert.Contains("/a.md", states);
        Assert.Equal((item.Original.Sha256, item.Original.Size, (long?)42), (state.Sha256, state.Size, state.SourceStamp));
    }

    [Fact]
    public async Task List_FiltersByTagLanguageAndKind()
    {
        await _db.Store.KeepAsync([
            TestStore.Item("/1", "One", "one", "en", ["a"]),
            TestStore.Item("/2", "二", "二", "zh", ["a", "b"]),
            TestStore.Item("/3", "Three", "three", "en", ["b"], kind: "pdf"),
        ]);

        Assert.Equal(["二"], (await _db.Store.ListAsync(new ItemFilter(Tags: ["a", "b"]))).Select(i => i.Title));
        Assert.Equal(["二"], (await _db.Store.ListAsync(new ItemFilter(Language: "zh"))).Select(i => i.Title));
        Assert.Equal(["Three"], (await _db.Store.ListAsync(new ItemFilter(Kind: "pdf"))).Select(i => i.Title));
        Assert.Equal(2, (await _db.Store.ListAsync(new ItemFilter(Limit: 2))).Count);
        Assert.Equal(["二"], (await _db.Store.ListAsync(new ItemFilter(Tags: ["Ａ ", "B"]))).Select(i => i.Title));
    }

    [Fact]
    public void Open_DatabaseFromNewerSchema_IsRefusedWithAReason()
    {
        _db.Store.Dispose();
        SetUserVersion(999);

        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(_db.DatabasePath));

        Assert.Contains("newer Roots", error.Message, StringComparison.Ordinal);
        SetUserVersion(Schema.Latest);
        _db.Reopen();
    }

    private void SetUserVersion(int version)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {version}";
        command.ExecuteNonQuery();
    }
}
