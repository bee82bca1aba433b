using System.Collections.Concurrent;

namespace Roots.Web.Hosting;

/// <summary>
/// Tells when each kind of background round (watch, embed, feeds, jobs) has finished, the first
/// time or the next time, so that whoever needs its effect (a test, a health check) waits on that event instead of
/// polling on a timer. Thread-safe.
/// </summary>
public sealed class BackgroundRounds
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _first = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new(StringComparer.Ordinal);

    /// <summary>Completes once the first round of <paramref name="work"/> has finished (whether or not it found anything to do).</summary>
    public Task FirstCompleted(string work) => Source(work).Task;

    /// <summary>Completes when the next round of <paramref name="work"/> after this call has finished.</summary>
    public Task NextCompleted(string work) => _next.GetOrAdd(work, _ => NewSource()).Task;

    internal void Completed(string work)
    {
        Source(work).TrySetResult();
        // Whoever waited for "the next round" is released, and later callers wait for the one after.
        if (_next.TryRemove(work, out var next))
        {
            next.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource Source(string work) =>
        _first.GetOrAdd(work, _ => NewSource());
}
