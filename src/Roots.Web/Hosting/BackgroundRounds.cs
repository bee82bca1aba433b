using System.Collections.Concurrent;

namespace Roots.Web.Hosting;

/// <summary>
/// Tells when each kind of background round (watch, embed, feeds, jobs) has finished for the first
/// time, so that whoever needs its effect (a test, a health check) waits on that event instead of
/// polling on a timer. Thread-safe.
/// </summary>
public sealed class BackgroundRounds
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _first = new(StringComparer.Ordinal);

    /// <summary>Completes once the first round of <paramref name="work"/> has finished (whether or not it found anything to do).</summary>
    public Task FirstCompleted(string work) => Source(work).Task;

    internal void Completed(string work) => Source(work).TrySetResult();

    private TaskCompletionSource Source(string work) =>
        _first.GetOrAdd(work, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
