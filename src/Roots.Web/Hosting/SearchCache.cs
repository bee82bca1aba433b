using System.Collections.Concurrent;

namespace Roots.Web.Hosting;

/// <summary>
/// Near-real-time cache of <c>/api/search</c> answers, the model Elasticsearch uses (its request
/// cache and one-second refresh): the same query within <see cref="ServeOptions.SearchCacheAge"/>
/// is answered from memory, and identical queries that arrive together share one search instead
/// of each running it. Search as you type and many readers asking the same thing are the common
/// case; without this, fifty identical requests queue fifty full BM25 evaluations on two cores.
/// <para>
/// Freshness: an answer is reused for its age; between one and two ages it is still served while
/// one caller refreshes it in the background (stale-while-revalidate), so an expiry never makes
/// fifty connections wait. Every state-changing request to this server and every background round clears
/// the cache (<see cref="Invalidate"/>), so what the user just did shows at once; a change made
/// by another process (a <c>roots add</c> in a terminal, another worker) shows within the age.
/// Bounded: at most <see cref="MaxEntries"/> answers are kept; past that the cache starts over
/// rather than tracking recency, which keeps a hit free of locks and bookkeeping.
/// </para>
/// </summary>
public sealed class SearchCache(TimeProvider time, TimeSpan maxAge)
{
    /// <summary>The most answers kept at once (a few MB of JSON at most).</summary>
    public const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _refreshing = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The refresh started last (never faults): lets a caller wait for it instead of polling.</summary>
    internal Task LastRefresh { get; private set; } = Task.CompletedTask;

    /// <summary>Forgets every cached answer: call after anything that may change search results.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>
    /// The cached answer for <paramref name="key"/>, or the one <paramref name="search"/> makes
    /// (shared with concurrent callers of the same key). A failed search is not kept. With a zero
    /// age the cache is off and every call searches.
    /// </summary>
    public Task<byte[]> GetOrAddAsync(string key, Func<Task<byte[]>> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (maxAge <= TimeSpan.Zero)
        {
            return search();
        }

        var now = time.GetUtcNow();
        long generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var cached))
        {
            if (IsFresh(cached, generation, now))
            {
                return cached.Answer.Value;
            }

            if (CanServeWhileRefreshing(cached, generation, now))
            {
                // Past its age but younger than twice it: answer with it and let one caller refresh it
                // behind the scenes, so nobody waits on the search at the moment an answer expires.
                if (_refreshing.TryAdd(key, 0))
                {
                    LastRefresh = RefreshAsync(key, generation, now, search);
                }

                return cached.Answer.Value;
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        Entry? made = null;
        made = new Entry(generation, now, new Lazy<Task<byte[]>>(() => RunAsync(key, made!, search)));
        var winner = _entries.AddOrUpdate(key, made, (_, old) => IsFresh(old, generation, now) ? old : made);
        return winner.Answer.Value;
    }

    private bool IsFresh(Entry entry, long generation, DateTimeOffset now) =>
        entry.Generation == generation && now - entry.Made < maxAge && !(entry.Answer.IsValueCreated && (entry.Answer.Value.IsFaulted || entry.Answer.Value.IsCanceled));

    private bool CanServeWhileRefreshing(Entry entry, long generation, DateTimeOffset now) =>
        entry.Generation == generation && now - entry.Made < 2 * maxAge && entry.Answer.IsValueCreated && entry.Answer.Value.IsCompletedSuccessfully;

    private async Task RefreshAsync(string key, long generation, DateTimeOffset started, Func<Task<byte[]>> search)
    {
        try
        {
            var answer = await search().ConfigureAwait(false);
            if (Interlocked.Read(ref _generation) == generation)
            {
                // Dated when the search started: never younger than what it saw. Should the cache be
                // invalidated right now, the old generation makes this entry a miss anyway.
                _entries[key] = new Entry(generation, started, new Lazy<Task<byte[]>>(Task.FromResult(answer)));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The stale answer stays until twice its age; then a caller searches and sees the error itself.
        }
        finally
        {
            _refreshing.TryRemove(key, out _);
        }
    }

    private async Task<byte[]> RunAsync(string key, Entry entry, Func<Task<byte[]>> search)
    {
        try
        {
            return await search().ConfigureAwait(false);
        }
        catch
        {
            // A failure is the caller's answer, not the next caller's: forget this entry (and only this one).
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private sealed record Entry(long Generation, DateTimeOffset Made, Lazy<Task<byte[]>> Answer);
}
