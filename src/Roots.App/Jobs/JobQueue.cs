using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.App.Collect;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Jobs;

/// <summary>The durable queue of files and URLs to collect: queueing them for workers, and what is in it.</summary>
public sealed class JobQueue
{
    private readonly CollectKit _kit;
    private readonly IJobQueue _jobs;

    internal JobQueue(CollectKit kit, IJobQueue jobs)
    {
        _kit = kit;
        _jobs = jobs;
    }

    /// <summary>Keys queued in one transaction: a 100,000-file folder is queued in a few dozen.</summary>
    private const int QueueChunk = 5_000;

    /// <summary>
    /// Queues files (folders recursively, by full path) and URLs as jobs for <c>roots worker</c>
    /// processes, which may run on other machines sharing the library's store and a folder the paths
    /// are readable from. Nothing is collected here; a path or URL already queued or done is not queued twice.
    /// </summary>
    public async Task<QueueReport> QueueAsync(IReadOnlyList<string> paths, IReadOnlyList<string> urls, AddOptions options, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(urls);
        var failures = new List<FailedInput>();
        var skipped = new List<FailedInput>();
        var files = _kit.OpenFileSource().Enumerate(
                paths, (path, reason) => failures.Add(new FailedInput(path, reason)), (path, reason) => skipped.Add(new FailedInput(path, reason)))
            .Select(candidate => Path.GetFullPath(candidate.Path))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var webAddresses = new List<string>();
        foreach (string text in urls)
        {
            if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                webAddresses.Add(url.AbsoluteUri);
            }
            else
            {
                failures.Add(new FailedInput(text, "not an absolute URL (http:// or https://)"));
            }
        }

        var (filesQueued, filesKnown) = await EnqueueInChunksAsync(FileJobPayload.Kind, files, FileJobPayload.Of(options), stop).ConfigureAwait(false);
        var (urlsQueued, urlsKnown) = await EnqueueInChunksAsync(UrlJobPayload.Kind, webAddresses.Distinct(StringComparer.Ordinal).ToList(), null, stop).ConfigureAwait(false);
        return new QueueReport(filesQueued + urlsQueued, filesKnown + urlsKnown, failures) { Skipped = skipped };
    }

    /// <summary>Queues <paramref name="keys"/>; returns how many were queued now and how many were already queued, running or done.</summary>
    private async Task<(int Queued, int Known)> EnqueueInChunksAsync(string kind, IReadOnlyList<string> keys, string? payload, CancellationToken stop)
    {
        int queued = 0, known = 0;
        foreach (var chunk in keys.Chunk(QueueChunk))
        {
            // A job that failed before is queued again by EnqueueAsync; every other known job keeps its state.
            var existing = await _jobs.FindJobsAsync(kind, chunk, stop).ConfigureAwait(false);
            int kept = existing.Count(job => job.State != JobState.Failed);
            await _jobs.EnqueueAsync(kind, chunk, payload, requeue: false, stop).ConfigureAwait(false);
            known += kept;
            queued += chunk.Length - kept;
        }

        return (queued, known);
    }

    /// <summary>How many jobs are in each state, and the jobs in <paramref name="states"/> (oldest change first, at most 1,000).</summary>
    public async Task<(IReadOnlyDictionary<JobState, int> Counts, IReadOnlyList<Job> Jobs)> JobsAsync(IReadOnlyCollection<JobState> states, CancellationToken stop = default)
    {
        var counts = await _jobs.CountJobsAsync(null, stop).ConfigureAwait(false);
        var jobs = await _jobs.ListJobsAsync(null, states, 1000, stop).ConfigureAwait(false);
        return (counts, jobs);
    }
}
