using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// A durable job queue in the library database: long work (a 10,000-URL import) is queued
/// first, then claimed in batches under a lease, so that a crash or Ctrl-C resumes where it
/// stopped and finished work is never done twice.
/// </summary>
/// <remarks>Same threading rule as the store that implements it: one thread at a time per instance.</remarks>
public interface IJobQueue
{
    /// <summary>
    /// Queues one job per key (unique per kind). A known key keeps its state, except: a
    /// <see cref="JobState.Failed"/> job with attempts left is queued again, and with
    /// <paramref name="requeue"/> a finished or dead job is queued again with <paramref name="payload"/>.
    /// </summary>
    /// <returns>How many jobs are queued now among <paramref name="keys"/>.</returns>
    ValueTask<int> EnqueueAsync(string kind, IReadOnlyList<string> keys, string? payload = null, bool requeue = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> jobs of <paramref name="kind"/> that are queued, or running with an
    /// expired lease (their run crashed): they become running until <paramref name="lease"/> from now, attempts + 1.
    /// </summary>
    ValueTask<IReadOnlyList<Job>> ClaimAsync(string kind, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Records how claimed jobs ended, in one transaction.</summary>
    ValueTask SettleAsync(IReadOnlyList<JobSettlement> settlements, CancellationToken cancellationToken = default);

    /// <summary>The jobs of <paramref name="keys"/> (of <paramref name="kind"/>), whatever their state.</summary>
    ValueTask<IReadOnlyList<Job>> FindJobsAsync(string kind, IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Jobs in the given states (all kinds when <paramref name="kind"/> is null), oldest change first.</summary>
    ValueTask<IReadOnlyList<Job>> ListJobsAsync(string? kind, IReadOnlyCollection<JobState> states, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>How many jobs are in each state.</summary>
    ValueTask<IReadOnlyDictionary<JobState, int>> CountJobsAsync(string? kind = null, CancellationToken cancellationToken = default);

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    ValueTask<Job?> GetJobAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// A person retries a <see cref="JobState.Failed"/> or <see cref="JobState.Dead"/> job: it is queued again with its
    /// attempts reset (its last error stays until it runs). A job in another state is left as it is.
    /// </summary>
    /// <returns>The job afterwards, or null when there is none.</returns>
    ValueTask<Job?> RetryJobAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// A person cancels a <see cref="JobState.Queued"/> or <see cref="JobState.Failed"/> job: it becomes
    /// <see cref="JobState.Dead"/> with <paramref name="reason"/>, so no run claims it. A running job (a run holds its
    /// lease), a finished one and a dead one are left as they are.
    /// </summary>
    /// <returns>The job afterwards, or null when there is none.</returns>
    ValueTask<Job?> CancelJobAsync(long id, string reason, CancellationToken cancellationToken = default);
}
