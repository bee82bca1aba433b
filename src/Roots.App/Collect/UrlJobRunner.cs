using Roots.App.Ingest;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>
/// Works off the queued URL jobs: claims a chunk under a lease, fetches it concurrently through
/// the session, keeps what was fetched through the ingest runner, and settles each job with its
/// outcome. The next chunk is fetched while the current one is extracted and kept.
/// </summary>
/// <remarks>
/// Ctrl-C stops the fetching of new URLs; what was fetched is kept and the rest is handed back
/// to the queue, so a re-run goes on from there. A crash leaves claimed jobs running until their
/// lease ends; then any run claims them again (keeping is idempotent: an unchanged page is not
/// stored twice). The store is only touched between the steps, never while a fetch runs.
/// </remarks>
internal sealed class UrlJobRunner(
    IJobQueue queue,
    IFeedStore validatorStore,
    IngestRunner runner,
    WebSession web,
    int concurrency,
    Func<Job, FetchResult, CollectedDocument> collect)
{
    /// <summary>URLs claimed, fetched and kept together.</summary>
    public const int ChunkSize = 64;

    /// <summary>How long a claim holds before another run may take the job (a crashed run's jobs come back after this).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>The lease of this runner's claims (<see cref="Lease"/> unless a worker was told otherwise).</summary>
    public TimeSpan LeaseTime { get; init; } = Lease;

    /// <summary>Runs until no job is queued or <paramref name="stop"/> fires; adds to <paramref name="report"/>.</summary>
    public async Task RunAsync(IngestReport report, int? total, IProgress<IngestProgress>? progress, CancellationToken stop)
    {
        var fetching = await StartChunkAsync(stop).ConfigureAwait(false);
        while (fetching is not null)
        {
            var fetched = await fetching.ConfigureAwait(false);
            fetching = await StartChunkAsync(stop).ConfigureAwait(false);
            await KeepAsync(fetched, report, total, progress).ConfigureAwait(false);
        }

        report.Interrupted |= stop.IsCancellationRequested;
    }

    private async Task<Task<Fetched[]>?> StartChunkAsync(CancellationToken stop)
    {
        if (stop.IsCancellationRequested)
        {
            return null;
        }

        var jobs = await queue.ClaimAsync(UrlJobPayload.Kind, ChunkSize, LeaseTime).ConfigureAwait(false);
        if (jobs.Count == 0)
        {
            return null;
        }

        var validators = new Dictionary<long, FeedValidators>();
        foreach (var job in jobs.Where(j => UrlJobPayload.IsRefresh(j.Payload)))
        {
            if (await validatorStore.GetValidatorsAsync(job.Key).ConfigureAwait(false) is { } known)
            {
                validators[job.Id] = known;
            }
        }

        return FetchAllAsync(jobs, validators, stop);
    }

    private async Task<Fetched[]> FetchAllAsync(IReadOnlyList<Job> jobs, Dictionary<long, FeedValidators> validators, CancellationToken stop)
    {
        var results = new Fetched[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), options, async (i, _) =>
        {
            var job = jobs[i];
            if (stop.IsCancellationRequested || !Uri.TryCreate(job.Key, UriKind.Absolute, out var url))
            {
                results[i] = new Fetched(job, null);
                return;
            }

            var known = validators.GetValueOrDefault(job.Id);
            try
            {
                results[i] = new Fetched(job, await web.FetchAsync(new FetchRequest(url, known?.ETag, known?.LastModified), stop).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                results[i] = new Fetched(job, null);
            }
        }).ConfigureAwait(false);
        return results;
    }

    private async Task KeepAsync(Fetched[] chunk, IngestReport report, int? total, IProgress<IngestProgress>? progress)
    {
        var settlements = new List<JobSettlement>(chunk.Length);
        var validators = new List<(string, FeedValidators)>();
        var inputs = new List<IngestInput>();
        var keptJobs = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (job, result) in chunk)
        {
            if (result is null)
            {
                // Not fetched (Ctrl-C): back to the queue, the attempt not counted.
                settlements.Add(new JobSettlement(job.Id, JobState.Queued));
                continue;
            }

            switch (result.Outcome)
            {
                case FetchOutcome.NotModified:
                    report.Unchanged++;
                    settlements.Add(new JobSettlement(job.Id, JobState.Done));
                    break;
                case FetchOutcome.Fetched:
                    keptJobs[job.Key] = job.Id;
                    inputs.Add(new IngestInput(job.Key, () => collect(job, result)));
                    if (result.ETag is not null || result.LastModified is not null)
                    {
                        validators.Add((job.Key, new FeedValidators(result.ETag, result.LastModified)));
                    }

                    break;
                default:
                    string reason = result.Reason ?? $"{result.Outcome} fetching {job.Key}";
                    report.Failures.Add(new FailedInput(job.Key, reason));
                    settlements.Add(new JobSettlement(job.Id, result.IsTransient ? JobState.Failed : JobState.Dead, reason));
                    break;
            }
        }

        if (inputs.Count > 0)
        {
            int before = report.Processed, failedBefore = report.Failures.Count, duplicatesBefore = report.Duplicates.Count;
            var inner = progress is null ? null : new SyncProgress<IngestProgress>(p => progress.Report(
                new IngestProgress(before + p.Processed, total, failedBefore + p.Failed, duplicatesBefore + p.Duplicates)));
            // Fetched documents are kept even after Ctrl-C: the work is done, only new fetching stops.
            var kept = await runner.RunAsync(inputs, inputs.Count, inner, CancellationToken.None).ConfigureAwait(false);
            IngestReports.Merge(report, kept);
            var failed = kept.Failures.DistinctBy(f => f.Label, StringComparer.Ordinal).ToDictionary(f => f.Label, f => f.Reason, StringComparer.Ordinal);
            foreach (var (key, id) in keptJobs)
            {
                // A document that cannot be read (no extractor, broken PDF) will not read better next time.
                settlements.Add(failed.TryGetValue(key, out var reason) ? new JobSettlement(id, JobState.Dead, reason) : new JobSettlement(id, JobState.Done));
            }
        }

        if (validators.Count > 0)
        {
            await validatorStore.SaveValidatorsAsync(validators).ConfigureAwait(false);
        }

        await queue.SettleAsync(settlements).ConfigureAwait(false);
        progress?.Report(new IngestProgress(report.Processed, total, report.Failures.Count, report.Duplicates.Count));
    }

    private readonly record struct Fetched(Job Job, FetchResult? Result);
}
