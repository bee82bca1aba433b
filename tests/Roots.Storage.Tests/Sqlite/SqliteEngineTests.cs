using Microsoft.Data.Sqlite;
using Roots.Core.Analysis;
using Roots.Core.Ports;
using Roots.Storage.Sqlite;
using Roots.Storage.Tests.Fixtures;

namespace Roots.Storage.Tests.Sqlite;

/// <summary>What only the SQLite store promises: one file in WAL mode, its schema version, and search in parallel slices.</summary>
public sealed class SqliteEngineTests : IDisposable
{
    private readonly SqliteStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Open_DatabaseFromNewerSchema_IsRefusedWithAReason()
    {
        SqliteStore.Open(_factory.DatabasePath).Dispose();
        Pragma($"user_version = {Schema.Latest + 1}");

        var error = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(_factory.DatabasePath));

        Assert.Contains("newer Roots", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NewFile_IsInWalModeAtTheLatestSchema()
    {
        using var store = SqliteStore.Open(_factory.DatabasePath);

        Assert.Equal("wal", Pragma("journal_mode"));
        Assert.Equal((long)Schema.Latest, Pragma("user_version"));
        Assert.Equal(_factory.DatabasePath, store.Location);
        Assert.Null(store.CheckIntegrity());
    }

    [Fact]
    public async Task Dispose_FoldsTheWalIntoTheDatabaseFile()
    {
        using (var store = SqliteStore.Open(_factory.DatabasePath))
        {
            await store.KeepAsync([Prepared.Item("/a", "A", "words")]);
        }

        string wal = _factory.DatabasePath + "-wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0);
    }

    [Fact]
    public async Task Search_InSlices_RanksExactlyAsOneQuery()
    {
        // given a few hundred items with overlapping vocabulary in both languages
        using var store = SqliteStore.Open(_factory.DatabasePath);
        string[] words = ["tea", "garden", "archive", "library", "search", "茶叶", "花园", "档案", "图书馆", "搜索"];
        var random = new Random(7);
        var items = Enumerable.Range(0, 400).Select(i =>
        {
            string text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
            return Prepared.Item($"/doc/{i}", $"doc {i} {words[i % words.Length]}", text);
        }).ToList();
        await store.KeepAsync(items);
        var request = new SearchRequest(TextAnalyzer.Terms("tea archive 图书馆"), new ItemFilter(Limit: 25, Offset: 5));

        // when searched as one query and in slices
        store.ParallelSearchThreshold = int.MaxValue;
        var whole = await store.SearchAsync(request);
        store.ParallelSearchThreshold = 50;
        var sliced = await store.SearchAsync(request);

        // then the pages are the same, scores included
        Assert.Equal(25, whole.Count);
        Assert.Equal(whole.Select(h => (h.ItemId, Math.Round(h.Score, 9))), sliced.Select(h => (h.ItemId, Math.Round(h.Score, 9))));
    }

    private object? Pragma(string pragma)
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return command.ExecuteScalar();
    }
}
