using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary>
/// <see cref="IJobQueue"/>: one job per kind and key, claimed under a lease, settled in one transaction; a failed job is
/// retried until it was claimed <see cref="MaxAttempts"/> times, then it is dead.
/// </summary>
public abstract class JobContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    /// <summary>The attempt limit both stores use (SqliteStore.MaxJobAttempts).</summary>
    protected const int MaxAttempts = 3;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [ContractFact]
    public async Task Enqueue_QueuesOneJobPerKey_WithItsPayload()
    {
        int queued = await Store.EnqueueAsync("url", ["a", "b", "c", "a"], "{\"depth\":1}");

        var jobs = await Store.FindJobsAsync("url", ["c", "a", "b", "missing"]);

        Assert.Equal(3, queued);
        Assert.Equal(["a", "b", "c"], jobs.Select(j => j.Key));
        Assert.All(jobs, j => Assert.Equal(("url", JobState.Queued, 0, null, "{\"depth\":1}", Start), (j.Kind, j.State, j.Attempts, j.LastError, j.Payload, j.UpdatedAt)));
        Assert.True(jobs[0].Id < jobs[1].Id && jobs[1].Id < jobs[2].Id);
        Assert.Empty(await Store.FindJobsAsync("feed", ["a"]));
    }

    [ContractFact]
    public async Task Enqueue_KnownKey_KeepsItsStateAndPayload()
    {
        await Store.EnqueueAsync("url", ["a", "b"], "{\"v\":1}");
        await Store.ClaimAsync("url", 1, Lease);

        int queued = await Store.EnqueueAsync("url", ["a", "b", "c"], "{\"v\":2}");

        // a is running (not counted), b stays queued with its payload, c is new
        Assert.Equal(2, queued);
        var jobs = await Store.FindJobsAsync("url", ["a", "b", "c"]);
        Assert.Equal(
            [("a", JobState.Running, "{\"v\":1}"), ("b", JobState.Queued, "{\"v\":1}"), ("c", JobState.Queued, "{\"v\":2}")],
            jobs.Select(j => (j.Key, j.State, j.Payload)));
    }

    [ContractFact]
    public async Task Claim_QueuedJobs_EachClaimedOnceUntilSettled()
    {
        // given three queued urls (one queued twice), and a job of another kind
        Assert.Equal(3, await Store.EnqueueAsync("url", ["a", "b", "c", "a"]));
        await Store.EnqueueAsync("feed", ["a"]);

        // when two runs claim
        var first = await Store.ClaimAsync("url", 2, Lease);
        var second = await Store.ClaimAsync("url", 10, Lease);

        // then no job is handed out twice, oldest first, and other kinds are left alone
        Assert.Equal(["a", "b"], first.Select(j => j.Key));
        Assert.Equal(["c"], second.Select(j => j.Key));
        Assert.Empty(await Store.ClaimAsync("url", 10, Lease));
        Assert.All(first.Concat(second), j => Assert.Equal(("url", JobState.Running, 1, Start), (j.Kind, j.State, j.Attempts, j.UpdatedAt)));
        Assert.Equal(["a"], (await Store.ClaimAsync("feed", 10, Lease)).Select(j => j.Key));
    }

    [ContractFact]
    public async Task Claim_ExpiredLease_ResumesOnlyUnfinishedJobs()
    {
        // given a run that finished one job and crashed holding the other
        await Store.EnqueueAsync("url", ["a", "b"]);
        var claimed = await Store.ClaimAsync("url", 10, TimeSpan.FromMinutes(1));
        await Store.SettleAsync([new JobSettlement(claimed[0].Id, JobState.Done)]);
        Reopen();

        // while its lease runs, nothing is claimable; once it expired, the unfinished job comes back once
        Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(await Store.ClaimAsync("url", 10, Lease));
        var after = Clock.Advance(TimeSpan.FromSeconds(2));
        var resumed = await Store.ClaimAsync("url", 10, Lease);

        Assert.Equal([("b", 2, JobState.Running, after)], resumed.Select(j => (j.Key, j.Attempts, j.State, j.UpdatedAt)));
        Assert.Empty(await Store.ClaimAsync("url", 10, Lease));
    }

    [ContractFact]
    public async Task Claim_MaxBelowOne_IsRefused()
    {
        await Store.EnqueueAsync("url", ["a"]);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Store.ClaimAsync("url", 0, Lease));
    }

    [ContractFact]
    public async Task Enqueue_FinishedJob_StaysDoneUnlessRequeued()
    {
        await Store.EnqueueAsync("url", ["a"], "{\"refresh\":false}");
        var job = (await Store.ClaimAsync("url", 1, Lease))[0];
        await Store.SettleAsync([new JobSettlement(job.Id, JobState.Done)]);

        Assert.Equal(0, await Store.EnqueueAsync("url", ["a"], "{\"refresh\":true}"));
        Assert.Equal(JobState.Done, (await Store.FindJobsAsync("url", ["a"]))[0].State);
        Assert.Equal(1, await Store.EnqueueAsync("url", ["a"], "{\"refresh\":true}", requeue: true));

        var again = await Store.ClaimAsync("url", 1, Lease);
        Assert.Equal([(job.Id, "{\"refresh\":true}", 1)], again.Select(j => (j.Id, j.Payload, j.Attempts)));
    }

    [ContractFact]
    public async Task Enqueue_Requeue_LeavesARunningJobAlone()
    {
        await Store.EnqueueAsync("url", ["a"], "{\"v\":1}");
        var running = (await Store.ClaimAsync("url", 1, Lease))[0];

        Assert.Equal(0, await Store.EnqueueAsync("url", ["a"], "{\"v\":2}", requeue: true));

        Assert.Equal([(JobState.Running, 1, "{\"v\":1}")], (await Store.FindJobsAsync("url", ["a"])).Select(j => (j.State, j.Attempts, j.Payload)));
        Assert.Empty(await Store.ClaimAsync("url", 1, Lease));
        Assert.Equal(running.Id, (await Store.FindJobsAsync("url", ["a"]))[0].Id);
    }

    [ContractFact]
    public async Task Settle_TransientFailures_RetriedUntilAttemptsRunOutThenDead()
    {
        await Store.EnqueueAsync("url", ["a"]);
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var job = Assert.Single(await Store.ClaimAsync("url", 1, Lease));
            Assert.Equal(attempt, job.Attempts);
            await Store.SettleAsync([new JobSettlement(job.Id, JobState.Failed, $"HTTP 503 #{attempt}")]);
            var settled = (await Store.FindJobsAsync("url", ["a"]))[0];
            Assert.Equal(attempt < MaxAttempts ? JobState.Failed : JobState.Dead, settled.State);

            // the next run queues the failed job again while it has attempts left
            Assert.Equal(attempt < MaxAttempts ? 1 : 0, await Store.EnqueueAsync("url", ["a"]));
        }

        var dead = (await Store.FindJobsAsync("url", ["a"]))[0];
        Assert.Equal((JobState.Dead, MaxAttempts, "HTTP 503 #3"), (dead.State, dead.Attempts, dead.LastError));
        Assert.Empty(await Store.ClaimAsync("url", 1, Lease));
        Assert.Equal(1, (await Store.CountJobsAsync("url"))[JobState.Dead]);
    }

    [ContractFact]
    public async Task Settle_FailedJob_IsNotClaimedUntilQueuedAgain()
    {
        await Store.EnqueueAsync("url", ["a"]);
        var job = (await Store.ClaimAsync("url", 1, Lease))[0];
        await Store.SettleAsync([new JobSettlement(job.Id, JobState.Failed, "timeout")]);

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Store.ClaimAsync("url", 1, Lease));
        Assert.Equal(1, await Store.EnqueueAsync("url", ["a"]));
        var again = Assert.Single(await Store.ClaimAsync("url", 1, Lease));
        Assert.Equal((2, "timeout"), (again.Attempts, again.LastError));
    }

    [ContractFact]
    public async Task Settle_Dead_IsKeptWithItsReasonUntilRequeued()
    {
        await Store.EnqueueAsync("url", ["a"]);
        var job = (await Store.ClaimAsync("url", 1, Lease))[0];
        var at = Clock.Advance(TimeSpan.FromSeconds(10));
        await Store.SettleAsync([new JobSettlement(job.Id, JobState.Dead, "HTTP 404")]);

        Assert.Equal(0, await Store.EnqueueAsync("url", ["a"]));
        Assert.Equal([(JobState.Dead, 1, "HTTP 404", at)], (await Store.FindJobsAsync("url", ["a"])).Select(j => (j.State, j.Attempts, j.LastError, j.UpdatedAt)));

        Assert.Equal(1, await Store.EnqueueAsync("url", ["a"], requeue: true));
        var again = Assert.Single(await Store.ClaimAsync("url", 1, Lease));
        Assert.Equal(1, again.Attempts);
    }

    [ContractFact]
    public async Task Settle_HandedBack_IsQueuedWithoutCountingTheAttempt()
    {
        await Store.EnqueueAsync("url", ["a"]);
        var job = (await Store.ClaimAsync("url", 1, Lease))[0];
        await Store.SettleAsync([new JobSettlement(job.Id, JobState.Queued)]);

        Assert.Equal(JobState.Queued, (await Store.FindJobsAsync("url", ["a"]))[0].State);
        var again = await Store.ClaimAsync("url", 1, Lease);
        Assert.Equal(1, again[0].Attempts);
    }

    [ContractFact]
    public async Task Settle_ABatch_RecordsEveryOutcome()
    {
        await Store.EnqueueAsync("url", ["a", "b", "c"]);
        var jobs = await Store.ClaimAsync("url", 3, Lease);

        await Store.SettleAsync([
            new JobSettlement(jobs[0].Id, JobState.Done),
            new JobSettlement(jobs[1].Id, JobState.Failed, "HTTP 503"),
            new JobSettlement(jobs[2].Id, JobState.Dead, "HTTP 410"),
        ]);

        Assert.Equal(
            [("a", JobState.Done, null), ("b", JobState.Failed, "HTTP 503"), ("c", JobState.Dead, "HTTP 410")],
            (await Store.FindJobsAsync("url", ["a", "b", "c"])).Select(j => (j.Key, j.State, j.LastError)));
    }

    [ContractFact]
    public async Task ListAndCount_ByStateAndKind()
    {
        await Store.EnqueueAsync("url", ["a", "b", "c"]);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.EnqueueAsync("feed", ["f"]);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var claimed = await Store.ClaimAsync("url", 2, Lease);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.SettleAsync([new JobSettlement(claimed[1].Id, JobState.Done)]);

        // oldest change first: c and f were queued before a was claimed and b was settled
        Assert.Equal(["c", "f", "a", "b"], (await Store.ListJobsAsync(null, [JobState.Queued, JobState.Running, JobState.Done])).Select(j => j.Key));
        Assert.Equal(["c", "a"], (await Store.ListJobsAsync("url", [JobState.Queued, JobState.Running])).Select(j => j.Key));
        Assert.Equal(["c", "f"], (await Store.ListJobsAsync(null, [JobState.Queued, JobState.Running, JobState.Done], limit: 2)).Select(j => j.Key));
        Assert.Empty(await Store.ListJobsAsync(null, [JobState.Dead]));
        Assert.Empty(await Store.ListJobsAsync(null, []));

        var all = await Store.CountJobsAsync();
        var urls = await Store.CountJobsAsync("url");
        Assert.Equal(
            new Dictionary<JobState, int> { [JobState.Queued] = 2, [JobState.Running] = 1, [JobState.Done] = 1, [JobState.Failed] = 0, [JobState.Dead] = 0 },
            all);
        Assert.Equal(
            new Dictionary<JobState, int> { [JobState.Queued] = 1, [JobState.Running] = 1, [JobState.Done] = 1, [JobState.Failed] = 0, [JobState.Dead] = 0 },
            urls);
    }

    [ContractFact]
    public async Task RetryJob_FailedOrDead_IsQueuedWithAttemptsReset_OthersUnchanged()
    {
        await Store.EnqueueAsync("url", ["a", "b"]);
        var claimed = await Store.ClaimAsync("url", 1, Lease);
        await Store.SettleAsync([new JobSettlement(claimed[0].Id, JobState.Dead, "HTTP 404")]);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var retried = await Store.RetryJobAsync(claimed[0].Id);
        var queued = (await Store.FindJobsAsync("url", [claimed[0].Key == "a" ? "b" : "a"]))[0];
        var unchanged = await Store.RetryJobAsync(queued.Id);

        Assert.Equal((JobState.Queued, 0, "HTTP 404", Start.AddSeconds(1)), (retried!.State, retried.Attempts, retried.LastError, retried.UpdatedAt));
        Assert.Equal(queued, unchanged);
        Assert.Null(await Store.RetryJobAsync(9999));
        Assert.Equal(retried, await Store.GetJobAsync(retried.Id));
        Assert.Equal(2, (await Store.ClaimAsync("url", 5, Lease)).Count);
    }

    [ContractFact]
    public async Task CancelJob_QueuedOrFailed_BecomesDeadWithTheReason_RunningIsLeftToItsRun()
    {
        await Store.EnqueueAsync("url", ["a", "b"]);
        var running = (await Store.ClaimAsync("url", 1, Lease))[0];
        string other = running.Key == "a" ? "b" : "a";

        var cancelled = await Store.CancelJobAsync((await Store.FindJobsAsync("url", [other]))[0].Id, "cancelled by the user");
        var stillRunning = await Store.CancelJobAsync(running.Id, "cancelled by the user");

        Assert.Equal((JobState.Dead, "cancelled by the user"), (cancelled!.State, cancelled.LastError));
        Assert.Equal(JobState.Running, stillRunning!.State);
        Assert.Null(await Store.CancelJobAsync(9999, "x"));
        Assert.Empty(await Store.ClaimAsync("url", 5, Lease));
    }
}

