using Npgsql;
using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Postgres;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Postgres;

/// <summary>
/// The packed postings (search_blocks) of the PostgreSQL store: a search reads them once packed, scores the items kept
/// since (search_dirty) beside them, and returns exactly what exhaustive scoring returns throughout.
/// </summary>
public sealed class PostgresPackedSearchTests : IDisposable
{
    private static readonly string[] Words =
        ["tea", "garden", "archive", "library", "river", "stone", "paper", "light", "茶叶", "花园", "档案", "图书馆", "lantern", "harbour", "orchard", "meadow"];

    private static readonly string[] Queries =
        ["tea", "tea garden", "archive library river", "stone paper light tea", "茶叶 花园", "图书馆 tea lantern", "meadow orchard harbour", "unknownword tea"];

    private readonly PostgresStoreFactory? _factory = PostgresEnvironment.ConnectionString is null ? null : new PostgresStoreFactory();

    private PostgresStoreFactory Factory => _factory ?? throw new InvalidOperationException(PostgresEnvironment.SkipMessage);

    public void Dispose() => _factory?.Dispose();

    [PostgresFact]
    public async Task Search_AfterPackAndNewVersions_ReturnsWhatExhaustiveScoringReturns()
    {
        // given 1,500 documents, packed, then 60 new versions and 30 new items kept after the pack
        using var store = (PostgresStore)Factory.Open(TimeProvider.System);
        var random = new Random(3);
        await store.KeepAsync(Enumerable.Range(0, 1500).Select(i => Document(random, $"/doc/{i}")).ToList());
        Assert.True(await store.PackSearchAsync() > 0);
        await AssertExactAsync(store, "packed, nothing dirty");
        await store.KeepAsync(Enumerable.Range(0, 60).Select(_ => Document(random, $"/doc/{random.Next(1500)}", "changed")).ToList());
        await store.KeepAsync(Enumerable.Range(1500, 30).Select(i => Document(random, $"/doc/{i}")).ToList());

        // when searched through the blocks with the dirty items beside them, and through the postings rows
        // then both return exactly what exhaustive scoring returns
        await AssertExactAsync(store, "packed, some dirty");
        store.DirtyLimit = 0;
        await AssertExactAsync(store, "postings rows");
    }

    [PostgresFact]
    public async Task PackIfNeeded_PacksOnlyPastTheThreshold_AndSkipsWhileAnotherProcessPacks()
    {
        // given 40 items kept (all unpacked)
        using var store = (PostgresStore)Factory.Open(TimeProvider.System);
        var random = new Random(11);
        await store.KeepAsync(Enumerable.Range(0, 40).Select(i => Document(random, $"/doc/{i}")).ToList());

        // below the threshold nothing is packed
        Assert.Null(await store.PackIfNeededAsync(41));
        Assert.Equal(40, await DirtyAsync());

        // while another process holds the packing lock, a worker goes on without packing
        await using (var other = new NpgsqlConnection(Factory.ConnectionString))
        {
            await other.OpenAsync();
            await using var hold = new NpgsqlCommand("BEGIN; SELECT pg_advisory_xact_lock(23203472576041057)", other);
            await hold.ExecuteNonQueryAsync();
            Assert.Null(await store.PackIfNeededAsync(1));
        }

        // at the threshold it packs, and the search through the blocks is exact; then there is nothing to pack
        Assert.True(await store.PackIfNeededAsync(40) > 0);
        Assert.Equal(0, await DirtyAsync());
        await AssertExactAsync(store, "packed when needed");
        Assert.Null(await store.PackIfNeededAsync(1));
    }

    [PostgresFact]
    public async Task Rebuild_Always_PacksTheRebuiltPostings()
    {
        // given a library kept item by item (every item dirty)
        using var store = (PostgresStore)Factory.Open(TimeProvider.System);
        var random = new Random(5);
        await store.KeepAsync(Enumerable.Range(0, 150).Select(i => Document(random, $"/doc/{i}")).ToList());
        Assert.Equal(150, await DirtyAsync());

        // when the index is rebuilt
        await store.RebuildAsync(Prepared.Analyze);

        // then nothing is dirty, and searches through the blocks are exact
        Assert.Equal(0, await DirtyAsync());
        await AssertExactAsync(store, "rebuilt");
    }

    [PostgresFact]
    public async Task Migrate_FromSchema3_PacksTheIndexItMarkedDirty()
    {
        // given a library at schema 3 (no packed postings), as the previous build left it
        using (var store = (PostgresStore)Factory.Open(TimeProvider.System))
        {
            var random = new Random(7);
            await store.KeepAsync(Enumerable.Range(0, 120).Select(i => Document(random, $"/doc/{i}")).ToList());
        }

        await ExecuteAsync("DROP TABLE search_blocks, search_dirty, ledger_reservations, related_pending, paragraph_translations, mailboxes; DELETE FROM schema_migrations WHERE version >= 4");

        // when migrated (roots migrate)
        var applied = PostgresStore.Migrate(Factory.ConnectionString);

        // then migration 4 ran, the index was packed right after it (nothing dirty), and searches are exact
        Assert.Equal([4, 5, 6, 7, 8], applied);
        Assert.Equal(0, await DirtyAsync());
        using var migrated = PostgresStore.Open(Factory.ConnectionString, migrate: false);
        await AssertExactAsync(migrated, "migrated");
    }

    private static PreparedItem Document(Random random, string source, string extra = "")
    {
        // Skewed word choice: the first words are common, the last rare, as in real text.
        string Word() => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2.5))];
        string title = string.Join(' ', Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Word()));
        string body = string.Join(' ', Enumerable.Range(0, 5 + random.Next(60)).Select(_ => Word())) + " " + extra;
        return Prepared.Item(source, title, body);
    }

    private static async Task AssertExactAsync(PostgresStore store, string stage)
    {
        // Also in many small rounds, so that searches stop with lists half read and candidates left open.
        foreach (int batch in new[] { 8, 1 })
        {
            store.FirstBlockBatch = batch;
            await AssertExactAsync(store, stage, batch);
        }
    }

    private static async Task AssertExactAsync(PostgresStore store, string stage, int batch)
    {
        foreach (string query in Queries)
        {
            foreach (var (filter, titleWeight) in new[] { (new ItemFilter(Limit: 1), 2.0), (new ItemFilter(Limit: 3), 0.5), (new ItemFilter(Limit: 3), 7.0),
                (new ItemFilter(Limit: 10, Offset: 5), 2.0), (new ItemFilter(Limit: 50), 2.0) })
            {
                var request = new SearchRequest(TextAnalyzer.Terms(query), filter, titleWeight);
                store.ExhaustiveSearch = true;
                var expected = await store.SearchAsync(request);
                store.ExhaustiveSearch = false;
                var actual = await store.SearchAsync(request);
                Assert.True(expected.SequenceEqual(actual), $"{stage}: \"{query}\" (limit {filter.Limit}, offset {filter.Offset}, title weight {titleWeight}, first batch {batch}) differs from exhaustive scoring");
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> DirtyAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM search_dirty", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
