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
    public async Task TwoStoresOnOneFile_ShareOneVectorMatrix_UntilTheVectorsChange()
    {
        // roots serve opens several stores on one library: they must not each hold a copy of every vector.
        // The engine hands every store it opens its one cache.
        var matrices = new VectorMatrixCache();
        using var first = SqliteStore.Open(_factory.DatabasePath, matrices: matrices);
        using var second = SqliteStore.Open(_factory.DatabasePath, matrices: matrices);
        var kept = await first.KeepAsync([Prepared.Item("/a.md", "Tea", "Oolong grows in Fujian."), Prepared.Item("/b.md", "Archives", "Web archives keep pages.")]);
        long tea = kept[0].ItemId, archives = kept[1].ItemId;
        await first.SaveEmbeddingsAsync([new ItemEmbedding(tea, 1, "m", 2, [1, 0])]);

        var loadedByFirst = await first.LoadVectorsAsync("m");
        Assert.Same(loadedByFirst, await second.LoadVectorsAsync("m"));

        await second.SaveEmbeddingsAsync([new ItemEmbedding(archives, 1, "m", 2, [0, 1])]);
        var afterChange = await first.LoadVectorsAsync("m");
        Assert.Equal(2, afterChange.Rows);
        Assert.Same(afterChange, await second.LoadVectorsAsync("m"));
        Assert.Equal(archives, afterChange.Nearest([0f, 1f], 1)[0].ItemId);
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

    [Fact]
    public async Task Keep_ManyNewVersions_LeavesTheBm25TotalsOfTheRowsHeld()
    {
        // given batches that add items and rewrite some, a few twice in one batch, with texts of random length
        using var store = SqliteStore.Open(_factory.DatabasePath);
        var random = new Random(11);
        string[] words = ["tea", "garden", "archive", "library", "search", "茶叶", "花园", "档案"];
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[random.Next(words.Length)]));
        for (int round = 0; round < 6; round++)
        {
            var batch = Enumerable.Range(0, 40).Select(_ => Prepared.Item($"/doc/{random.Next(60)}", Text(), Text())).ToList();
            await store.KeepAsync(batch);
        }

        // then FTS5's totals are those of the rows the index holds, row count and tokens per column
        Assert.Equal(Hex("SELECT roots_fts_totals(sz) FROM fts_docsize", withTotals: true), Hex("SELECT block FROM fts_data WHERE id = 1"));
        Assert.Equal(Scalar("SELECT count(*) FROM items"), Scalar("SELECT count(*) FROM fts_docsize"));
        Assert.True((long)Scalar("SELECT count(*) FROM versions")! > 200);
    }

    [Fact]
    public async Task Open_LibraryWhoseTotalsDrifted_MigratesThemToTheRowsItHolds()
    {
        // given a library of the previous schema whose index counted replaced rows twice, as FTS5 did there
        var items = Enumerable.Range(0, 7).Select(i => Prepared.Item($"/{i}", $"Title {i} tea", string.Join(' ', Enumerable.Repeat("water garden", i + 1)))).ToArray();
        long[] ids;
        using (var store = SqliteStore.Open(_factory.DatabasePath))
        {
            ids = (await store.KeepAsync(items)).Select(o => o.ItemId).ToArray();
        }

        Execute(
            $"""
            DELETE FROM fts WHERE rowid = {ids[6]};
            INSERT INTO fts (rowid, title, body) VALUES ({ids[6]}, '{items[6].TitleTerms}', '{items[6].BodyTerms}');
            DELETE FROM fts WHERE rowid = {ids[5]};
            INSERT INTO fts (rowid, title, body) VALUES ({ids[5]}, '{items[5].TitleTerms}', '{items[5].BodyTerms}');
            DROP TABLE ledger_reservations;
            DROP TABLE related_pending;
            DROP TABLE paragraph_translations;
            DROP TABLE mailboxes;
            PRAGMA user_version = {Schema.Latest - 5};
            """);
        Assert.Equal("09", Hex("SELECT substr(block, 1, 1) FROM fts_data WHERE id = 1"));

        // when it is opened
        using var migrated = SqliteStore.Open(_factory.DatabasePath);

        // then it ranks as BM25 over its seven documents
        var terms = TextAnalyzer.Terms("tea garden");
        var expected = new Bm25Reference(items.Select((item, i) => (ids[i], item.TitleTerms, item.BodyTerms)).ToList()).Rank(terms, 2.0);
        var hits = await migrated.SearchAsync(new SearchRequest(terms, ItemFilter.None));
        Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.ItemId));
        Assert.All(expected.Zip(hits), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-9));
        Assert.Equal("07", Hex("SELECT substr(block, 1, 1) FROM fts_data WHERE id = 1"));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(16_383L)]
    [InlineData(16_384L)]
    [InlineData(300_000_000L)]
    [InlineData((1L << 56) - 1)]
    [InlineData(1L << 56)]
    [InlineData(long.MaxValue)]
    public void Varint_RoundTrips_InSqlitesEncoding(long value)
    {
        var buffer = new List<byte>();
        FtsTotals.WriteVarint(buffer, value);
        FtsTotals.WriteVarint(buffer, 5);
        int at = 0;

        Assert.Equal(value, FtsTotals.ReadVarint([.. buffer], ref at));
        Assert.Equal(5, FtsTotals.ReadVarint([.. buffer], ref at));
        Assert.Equal(buffer.Count, at);
        Assert.Equal(value switch { < 128 => 2, < 16_384 => 3, < 1L << 56 => (Convert.ToString(value, 2).Length + 6) / 7 + 1, _ => 10 }, buffer.Count);
    }

    private string Hex(string sql, bool withTotals = false)
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false");
        connection.Open();
        if (withTotals)
        {
            FtsTotals.Register(connection);
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToHexString((byte[])command.ExecuteScalar()!);
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
