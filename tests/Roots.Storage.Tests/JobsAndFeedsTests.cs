using Roots.Core.Model;

namespace Roots.Storage.Sqlite.Tests;

public sealed class JobsAndFeedsTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Claim_QueuedJobs_EachClaimedOnceUntilSettled()
    {
        // given three queued urls (one queued twice)
        int queued = await _db.Store.EnqueueAsync("url", ["a", "b", "c", "a"]);
        Assert.Equal(3, queued);

        // when two runs claim
        var first = await _db.Store.ClaimAsync("url", 2, TimeSpan.FromMinutes(5));
        var second = await _db.Store.ClaimAsync("url", 10, TimeSpan.FromMinutes(5));

        // then no job is handed out twice
        Assert.Equal(["a", "b"], first.Select(j => j.Key));
        Assert.Equal(["c"], second.Select(j => j.Key));
        Assert.Empty(await _db.Store.ClaimAsync("url", 10, TimeSpan.FromMinutes(5)));
        Assert.All(first.Concat(second), j => Assert.Equal(1, j.Attempts));
    }

    [Fact]
    public async Task Claim_AfterCrash_ResumesOnlyUnfinishedJobsOnceLeaseExpires()
    {
        // given a run that finished one job and crashed holding the other
        await _db.Store.EnqueueAsync("url", ["a", "b"]);
        var claimed = await _db.Store.ClaimAsync("url", 10, TimeSpan.FromMilliseconds(1));
        await _db.Store.SettleAsync([new JobSettlement(claimed[0].Id, JobState.Done)]);
        _db.Reopen();
        await Task.Delay(20);

        // when the next run claims
        var resumed = await _db.Store.ClaimAsync("url", 10, TimeSpan.FromMinutes(5));

        // then only the unfinished job comes back, exactly once
        Assert.Equal(["b"], resumed.Select(j => j.Key));
        Assert.Equal(2, resumed[0].Attempts);
        Assert.Empty(await _db.Store.ClaimAsync("url", 10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Enqueue_FinishedJob_StaysDoneUnlessRequeued()
    {
        await _db.Store.EnqueueAsync("url", ["a"]);
        var job = (await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1)))[0];
        await _db.Store.SettleAsync([new JobSettlement(job.Id, JobState.Done)]);

        Assert.Equal(0, await _db.Store.EnqueueAsync("url", ["a"]));
        Assert.Equal(1, await _db.Store.EnqueueAsync("url", ["a"], "{\"refresh\":true}", requeue: true));
        var again = await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1));
        Assert.Equal("{\"refresh\":true}", again[0].Payload);
    }

    [Fact]
    public async Task Settle_TransientFailures_RetriedUntilAttemptsRunOutThenDead()
    {
        await _db.Store.EnqueueAsync("url", ["a"]);
        for (int attempt = 1; attempt <= SqliteStore.MaxJobAttempts; attempt++)
        {
            var job = (await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1)))[0];
            await _db.Store.SettleAsync([new JobSettlement(job.Id, JobState.Failed, "HTTP 503")]);
            await _db.Store.EnqueueAsync("url", ["a"]);
        }

        var jobs = await _db.Store.FindJobsAsync("url", ["a"]);
        Assert.Equal(JobState.Dead, jobs[0].State);
        Assert.Equal("HTTP 503", jobs[0].LastError);
        Assert.Empty(await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1)));
        var counts = await _db.Store.CountJobsAsync("url");
        Assert.Equal(1, counts[JobState.Dead]);
    }

    [Fact]
    public async Task Settle_HandedBack_IsQueuedWithoutCountingTheAttempt()
    {
        await _db.Store.EnqueueAsync("url", ["a"]);
        var job = (await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1)))[0];
        await _db.Store.SettleAsync([new JobSettlement(job.Id, JobState.Queued)]);

        var again = await _db.Store.ClaimAsync("url", 1, TimeSpan.FromMinutes(1));
        Assert.Equal(1, again[0].Attempts);
    }

    [Fact]
    public async Task NewEntries_KnownEntriesOfAFeed_AreLeftOut()
    {
        // given a feed with one entry collected
        var (feed, created) = await _db.Store.AddFeedAsync("https://example.org/feed.xml", TimeSpan.FromHours(1), full: false);
        Assert.True(created);
        await _db.Store.AddEntriesAsync(feed.Id, [("e1", null)]);

        // when the next poll sees e1, e2, e2 again
        var fresh = await _db.Store.NewEntriesAsync(feed.Id, ["e1", "e2", "e2"]);

        // then only e2 is new, once; another feed's entries are separate
        Assert.Equal(["e2"], fresh);
        var (other, _) = await _db.Store.AddFeedAsync("https://example.org/other.xml", TimeSpan.FromHours(1), full: true);
        Assert.Equal(["e1"], await _db.Store.NewEntriesAsync(other.Id, ["e1"]));
        Assert.Equal(1, (await _db.Store.FindFeedAsync(feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.Entries);
    }

    [Fact]
    public async Task AddFeed_Twice_KeepsOneFeedAndItsState()
    {
        var (feed, _) = await _db.Store.AddFeedAsync("https://example.org/feed.xml", TimeSpan.FromHours(1), full: false);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await _db.Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog", "\"v1\"", now, null, now, now.AddHours(1)));

        var (again, created) = await _db.Store.AddFeedAsync("https://example.org/feed.xml", TimeSpan.FromMinutes(30), full: true);

        Assert.False(created);
        Assert.Equal(feed.Id, again.Id);
        Assert.Equal("\"v1\"", again.ETag);
        Assert.Equal("Blog", again.Title);
        Assert.Equal(TimeSpan.FromMinutes(30), again.Every);
        Assert.True(again.Full);
        Assert.True(await _db.Store.RemoveFeedAsync(feed.Id));
        Assert.Empty(await _db.Store.ListFeedsAsync());
    }

    [Fact]
    public async Task RecordPoll_Failure_KeepsValidatorsOfTheLastGoodPoll()
    {
        var (feed, _) = await _db.Store.AddFeedAsync("https://example.org/feed.xml", TimeSpan.FromHours(1), full: false);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await _db.Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog", "\"v1\"", null, null, now, now));
        await _db.Store.RecordPollAsync(feed.Id, new FeedPollRecord(null, null, null, "HTTP 500", now, now));

        var read = await _db.Store.FindFeedAsync(feed.Url);
        Assert.Equal("\"v1\"", read!.ETag);
        Assert.Equal("HTTP 500", read.LastError);
    }

    [Fact]
    public async Task Validators_SavedPerUrl_AreReadBack()
    {
        var modified = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await _db.Store.SaveValidatorsAsync([("https://example.org/a", new FeedValidators("\"x\"", modified))]);

        Assert.Equal(new FeedValidators("\"x\"", modified), await _db.Store.GetValidatorsAsync("https://example.org/a"));
        Assert.Null(await _db.Store.GetValidatorsAsync("https://example.org/b"));
    }

    [Fact]
    public async Task SimHashCandidates_ShareABand_AreFoundAndStaleHashesListed()
    {
        var kept = await _db.Store.KeepAsync([TestStore.Item("/a", "A", "alpha text"), TestStore.Item("/b", "B", "beta text"), TestStore.Item("/c", "C", "gamma")]);
        long a = kept[0].ItemId, b = kept[1].ItemId, c = kept[2].ItemId;
        const ulong hash = 0x1234_5678_9ABC_DEF0;
        await _db.Store.SaveSimHashesAsync([(a, hash), (b, hash ^ 0x7), (c, ~hash)]);

        var candidates = await _db.Store.SimHashCandidatesAsync(a, hash);

        Assert.Equal([b], candidates.Select(x => x.ItemId));
        Assert.Equal(hash ^ 0x7, candidates[0].Hash);
        Assert.Empty(await _db.Store.ItemsWithoutSimHashAsync());
        Assert.Equal(3, (await _db.Store.AllSimHashesAsync()).Count);
    }
}
