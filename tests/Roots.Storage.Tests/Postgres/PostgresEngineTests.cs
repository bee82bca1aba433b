using Npgsql;
using Roots.Core.Analysis;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Postgres;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL store promises: many workers on one database, and a schema it checks before use.</summary>
public sealed class PostgresEngineTests : IDisposable
{
    private readonly PostgresStoreFactory? _factory = PostgresEnvironment.ConnectionString is null ? null : new PostgresStoreFactory();
    private readonly List<ILibraryStore> _stores = [];

    private PostgresStoreFactory Factory => _factory ?? throw new InvalidOperationException(PostgresEnvironment.SkipMessage);

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _factory?.Dispose();
    }

    private ILibraryStore[] OpenWorkers(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _stores.Add(Factory.Open(TimeProvider.System));
        }

        return [.. _stores];
    }

    [PostgresFact]
    public async Task Claim_ByWorkersAtOnce_HandsEachJobOutOnce()
    {
        // given 200 queued jobs and four workers on the same database
        var workers = OpenWorkers(4);
        var keys = Enumerable.Range(0, 200).Select(i => $"https://example.org/{i}").ToList();
        await workers[0].EnqueueAsync("url", keys);

        // when they claim small batches at the same time until the queue is empty
        var claimed = await Task.WhenAll(workers.Select(worker => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (await worker.ClaimAsync("url", 7, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(j => j.Key));
                await worker.SettleAsync(batch.Select(j => new JobSettlement(j.Id, JobState.Done)).ToList());
            }

            return mine;
        })));

        // then every job was claimed exactly once, and more than one worker got some
        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
        Assert.Equal(200, (await workers[0].CountJobsAsync("url"))[JobState.Done]);
    }

    [PostgresFact]
    public async Task Keep_TheSameBatchByWorkersAtOnce_KeepsEachSourceAndContentOnce()
    {
        // given four workers importing the same 30 records (and two records with the same content) at once
        var workers = OpenWorkers(4);
        var batch = Enumerable.Range(0, 30).Select(i => Prepared.Item($"import:x#{i}", $"Record {i}", $"Text of record {i}, tea {i % 3}")).ToList();
        batch.Add(Prepared.Item("import:x#copy", "Record 0", "Text of record 0, tea 0"));

        var outcomes = await Task.WhenAll(workers.Select(worker => Task.Run(async () => await worker.KeepAsync(batch))));

        // then there are 30 items, every worker agrees on each record's item, and the index counts each once
        Assert.Equal(30, await ((IItemStore)workers[0]).CountAsync());
        for (int i = 0; i < 30; i++)
        {
            Assert.Single(outcomes.Select(o => o[i].ItemId).Distinct());
            Assert.Equal([KeepResult.Added, KeepResult.Unchanged, KeepResult.Unchanged, KeepResult.Unchanged], outcomes.Select(o => o[i].Result).Order());
        }

        Assert.All(outcomes, o => Assert.Equal(new KeepOutcome(KeepResult.Duplicate, o[0].ItemId, 0), o[^1]));
        string record = Assert.Single(TextAnalyzer.Terms("record"));
        Assert.Equal(30, await workers[1].DocumentCountAsync());
        Assert.Equal(30, (await workers[2].DocumentFrequenciesAsync([record]))[record]);
    }

    [PostgresFact]
    public async Task Search_AfterWorkersKeptAtOnce_ScoresAsOneWriterWould()
    {
        // given two workers keeping disjoint halves of a library at once
        var workers = OpenWorkers(2);
        string[] words = ["tea", "garden", "archive", "library", "茶叶", "花园", "档案", "图书馆"];
        var random = new Random(11);
        var items = Enumerable.Range(0, 60).Select(i => Prepared.Item(
            $"/doc/{i}", $"doc {words[i % words.Length]}", string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])))).ToList();
        var halves = await Task.WhenAll(
            Task.Run(async () => await workers[0].KeepAsync(items[..30])),
            Task.Run(async () => await workers[1].KeepAsync(items[30..])));
        var ids = halves.SelectMany(h => h.Select(o => o.ItemId)).ToList();

        // when searched
        var terms = TextAnalyzer.Terms("tea archive 图书馆");
        var hits = await workers[0].SearchAsync(new SearchRequest(terms, new ItemFilter(Limit: 100)));

        // then the statistics both wrote add up: the scores are BM25 over the whole library
        var expected = new Bm25Reference(items.Select((d, i) => (ids[i], d.TitleTerms, d.BodyTerms)).ToList()).Rank(terms, SearchRequest.DefaultTitleWeight);
        Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.ItemId));
        Assert.Equal(expected.Select(e => Math.Round(e.Score, 9)), hits.Select(h => Math.Round(h.Score, 9)));
    }

    [PostgresFact]
    public void Open_WithoutMigrating_RefusesADatabaseWithoutTheSchema()
    {
        using (Factory.Open(TimeProvider.System))
        {
        }

        var fresh = new NpgsqlConnectionStringBuilder(Factory.ConnectionString);
        Assert.Equal(PostgresStore.LatestSchemaVersion, PostgresStore.SchemaVersionOf(fresh.ConnectionString));
        using (PostgresStore.Open(fresh.ConnectionString, migrate: false))
        {
        }

        using var other = new PostgresStoreFactory(migrated: false);
        Assert.Throws<InvalidOperationException>(() => other.OpenWithoutMigrating());
    }

    [PostgresFact]
    public void Location_NeverShowsThePassword()
    {
        var withPassword = new NpgsqlConnectionStringBuilder(Factory.ConnectionString) { Password = "s3cret-pa55" };
        using (Factory.Open(TimeProvider.System))
        {
        }

        using var store = PostgresStore.Open(withPassword.ConnectionString);

        Assert.DoesNotContain("s3cret-pa55", store.Location, StringComparison.Ordinal);
        Assert.Contains(withPassword.Database!, store.Location, StringComparison.Ordinal);
    }
}
