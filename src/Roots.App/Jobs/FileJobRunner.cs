using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Sources;

namespace Roots.App.Jobs;

/// <summary>
/// Works off queued files one chunk at a time: claims the chunk under a lease, collects it through
/// the ingest runner and settles every job in one transaction.
/// </summary>
/// <remarks>
/// A worker killed at any point loses nothing and duplicates nothing: before the keep transaction
/// commits, its jobs are still running under a lease that runs out, and another worker takes them;
/// after it commits but before the jobs are settled, the next claim reads the files again and keeping
/// finds their content already kept (unchanged), so no item is stored twice.
/// </remarks>
internal sealed class FileJobRunner(
    IJobQueue queue,
    IngestRunner runner,
    FileSource source,
    Func<CollectedDocument, AddOptions, CollectedDocument> apply)
{
    /// <summary>Files claimed and kept together.</summary>
    public const int ChunkSize = 128;

    /// <summary>Claims and collects one chunk; returns how many jobs it settled (0 when none was claimable).</summary>
    public async Task<int> RunChunkAsync(TimeSpan lease, IngestReport report, CancellationToken cancellationToken)
    {
        var jobs = await queue.ClaimAsync(FileJobPayload.Kind, ChunkSize, lease, cancellationToken).ConfigureAwait(false);
        if (jobs.Count == 0)
        {
            return 0;
        }

        var inputs = jobs.Select(job => new IngestInput(job.Key, () => Load(job))).ToList();
        // A claimed chunk is finished even after Ctrl-C: stopping only ends the claiming.
        var kept = await runner.RunAsync(inputs, inputs.Count, null, CancellationToken.None).ConfigureAwait(false);
        // Two attachments of one message may fail under one label (MESSAGE#name); only the job's own label settles it.
        var failed = kept.Failures.DistinctBy(f => f.Label, StringComparer.Ordinal).ToDictionary(f => f.Label, f => f.Reason, StringComparer.Ordinal);
        // On a full disk the chunk stopped part-way: what it did not finish (or kept, which the next
        // claim finds unchanged) goes back on the queue rather than being marked done.
        var unfinished = kept.StoppedByDiskFull is null ? JobState.Done : JobState.Queued;
        var settlements = jobs.Select(job => failed.TryGetValue(job.Key, out var reason)
            // A file that cannot be read or extracted will not read better next time.
            ? new JobSettlement(job.Id, JobState.Dead, reason)
            : new JobSettlement(job.Id, unfinished)).ToList();
        await queue.SettleAsync(settlements, CancellationToken.None).ConfigureAwait(false);
        IngestReports.Merge(report, kept);
        return jobs.Count;
    }

    private Result<CollectedDocument> Load(Job job)
    {
        string? missing = null;
        var candidates = source.Enumerate([job.Key], (_, reason) => missing = reason).Take(2).ToList();
        if (candidates is not [var candidate])
        {
            // A queued path is one file; a folder queued in its place is not collected behind the user's back.
            return Result<CollectedDocument>.Fail(missing ?? "not a single file");
        }

        var options = FileJobPayload.Read(job.Payload);
        return source.Read(candidate).Map(document => apply(document, options));
    }
}
