using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.App.Collect;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Sources;

namespace Roots.App.Jobs;

/// <summary><c>roots worker</c>: collects queued files and URLs under a lease, any number of workers sharing one store.</summary>
public sealed class Worker
{
    private readonly CollectKit _kit;
    private readonly IJobQueue _jobs;
    private readonly IFeedStore _validators;
    private readonly ISearchIndex _index;

    internal Worker(CollectKit kit, IJobQueue jobs, IFeedStore validators, ISearchIndex index)
    {
        _kit = kit;
        _jobs = jobs;
        _validators = validators;
        _index = index;
    }

    private static readonly JobState[] Unfinished = [JobState.Queued, JobState.Running];

    /// <summary>
    /// Kept items connected (mentions, near-duplicates, classification) together: the connect step reads
    /// every title once per call, so doing it per chunk of 128 would make a 100,000-file queue quadratic.
    /// </summary>
    private const int ConnectEvery = 4_096;

    /// <summary>
    /// <c>roots worker</c>: claims queued files and URLs under a lease and collects them, chunk by chunk,
    /// until <paramref name="stop"/> fires (or, with <see cref="WorkerOptions.UntilEmpty"/>, until no job is
    /// queued or running). Any number of workers may share one store: a claim hands each job to one of
    /// them (on PostgreSQL, <c>FOR UPDATE SKIP LOCKED</c>), and a job whose worker died is claimed again
    /// when its lease runs out. A full disk stops the worker (<see cref="IngestReport.StoppedByDiskFull"/>);
    /// the jobs it did not finish go back on the queue.
    /// </summary>
    public async Task<IngestReport> RunAsync(WorkerOptions options, IProgress<WorkerProgress>? progress = null, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = new IngestReport();
        var unconnected = new IngestReport();
        int jobs = 0;
        var files = new FileJobRunner(_jobs, _kit.FileRunner(Math.Max(1, options.Concurrency)), _kit.OpenFileSource(), _kit.Apply);
        while (!stop.IsCancellationRequested)
        {
            var chunk = new IngestReport();
            int settled = await files.RunChunkAsync(options.Lease, chunk, stop).ConfigureAwait(false);
            if (settled == 0)
            {
                settled = await RunUrlJobsAsync(options, chunk, stop).ConfigureAwait(false);
            }

            if (settled > 0)
            {
                jobs += settled;
                IngestReports.Merge(report, chunk);
                IngestReports.Merge(unconnected, chunk);
                if (unconnected.ItemIds.Count >= ConnectEvery)
                {
                    unconnected = await ConnectKeptAsync(unconnected).ConfigureAwait(false);
                }

                var counts = await _jobs.CountJobsAsync(null, CancellationToken.None).ConfigureAwait(false);
                progress?.Report(new WorkerProgress(jobs, report.Added, report.Updated, report.Failures.Count, counts.GetValueOrDefault(JobState.Queued)));
                if (report.StoppedByDiskFull is not null)
                {
                    break; // every later job would fail the same way
                }

                continue;
            }

            // Idle: what was kept so far is connected before waiting.
            unconnected = await ConnectKeptAsync(unconnected).ConfigureAwait(false);
            bool drained = await QueueDrainedAsync().ConfigureAwait(false);
            if (drained)
            {
                // The ingest is over: pack what it indexed, once, by whichever worker gets there first.
                if (_index is IPackableSearchIndex packable)
                {
                    await packable.PackIfNeededAsync(1, CancellationToken.None).ConfigureAwait(false);
                }
            }

            if (options.UntilEmpty && drained)
            {
                break;
            }

            // Nothing claimable: other workers hold what is left, or nothing is queued yet.
            try
            {
                await Task.Delay(options.Poll, _kit.Time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await ConnectKeptAsync(unconnected).ConfigureAwait(false);
        report.Interrupted = stop.IsCancellationRequested;
        return report;
    }

    /// <summary>Runs the after-keep steps over what was kept; returns an empty report to collect the next items in.</summary>
    private async Task<IngestReport> ConnectKeptAsync(IngestReport kept)
    {
        // Attachments found kept before still need their links to a message they arrived in again.
        bool anything = kept.ItemIds.Count > 0 || kept.AttachmentLinks.Count > 0;
        if (anything)
        {
            await _kit.AfterKeepAsync(kept, packSearch: false).ConfigureAwait(false);
        }

        return anything ? new IngestReport() : kept;
    }

    private async Task<bool> QueueDrainedAsync()
    {
        foreach (string kind in new[] { FileJobPayload.Kind, UrlJobPayload.Kind })
        {
            var counts = await _jobs.CountJobsAsync(kind, CancellationToken.None).ConfigureAwait(false);
            if (Unfinished.Any(state => counts.GetValueOrDefault(state) > 0))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<int> RunUrlJobsAsync(WorkerOptions options, IngestReport chunk, CancellationToken stop)
    {
        var counts = await _jobs.CountJobsAsync(UrlJobPayload.Kind, stop).ConfigureAwait(false);
        if (counts.GetValueOrDefault(JobState.Queued) == 0 && counts.GetValueOrDefault(JobState.Running) == 0)
        {
            return 0;
        }

        var allow = _kit.Config.Fetch.AllowList();
        if (!allow.IsSuccess)
        {
            chunk.Failures.Add(new FailedInput("fetch.allow", allow.Error!));
            return 0;
        }

        await using var web = _kit.OpenWeb(allow.Value);
        var runner = new UrlJobRunner(_jobs, _validators, _kit.WebRunner(), web, Math.Max(1, options.Concurrency), (job, result) =>
            _kit.Apply(FetchedDocument.From(result), AddOptions.None)) { LeaseTime = options.Lease };
        await runner.RunAsync(chunk, null, null, stop).ConfigureAwait(false);
        return chunk.Processed;
    }
}
