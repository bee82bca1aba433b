using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Jobs;

/// <summary><c>roots jobs</c>: one job, and retrying or cancelling it.</summary>
/// <param name="jobs">The job queue.</param>
public sealed class JobControl(IJobQueue jobs)
{
    /// <summary>The reason a cancelled job carries.</summary>
    public const string CancelledReason = "cancelled by the user";

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public async Task<Job?> JobAsync(long id, CancellationToken cancellationToken = default) =>
        await jobs.GetJobAsync(id, cancellationToken).ConfigureAwait(false);

    /// <summary>Queues a failed or dead job again, attempts reset; the next worker round (or <c>roots work</c>) runs it.</summary>
    /// <returns>The job, or null when there is none, or a reason when it is not failed or dead.</returns>
    public async Task<Result<Job>?> RetryJobAsync(long id, CancellationToken cancellationToken = default)
    {
        var before = await jobs.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null || before.State is not (JobState.Failed or JobState.Dead))
        {
            return before is null ? (Result<Job>?)null : Result<Job>.Fail($"job {id} is {Name(before.State)}; only failed or dead jobs are retried");
        }

        // The store re-checks the state in its UPDATE: a run that claimed the job meanwhile keeps it.
        var job = await jobs.RetryJobAsync(id, cancellationToken).ConfigureAwait(false);
        return job is { State: JobState.Queued } ? job : Result<Job>.Fail($"job {id} changed meanwhile; it is {Name(job?.State ?? before.State)}");
    }

    /// <summary>Cancels a queued or failed job: it becomes dead with <see cref="CancelledReason"/> and no run claims it.</summary>
    /// <returns>The job, or null when there is none, or a reason when it is running or finished.</returns>
    public async Task<Result<Job>?> CancelJobAsync(long id, CancellationToken cancellationToken = default)
    {
        var before = await jobs.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null || before.State is not (JobState.Queued or JobState.Failed))
        {
            return before is null ? (Result<Job>?)null : Result<Job>.Fail($"job {id} is {Name(before.State)}; only queued or failed jobs are cancelled");
        }

        var job = await jobs.CancelJobAsync(id, CancelledReason, cancellationToken).ConfigureAwait(false);
        return job is { State: JobState.Dead } ? job : Result<Job>.Fail($"job {id} changed meanwhile; it is {Name(job?.State ?? before.State)}");
    }

    private static string Name(JobState state) => state.ToString().ToLowerInvariant();
}
