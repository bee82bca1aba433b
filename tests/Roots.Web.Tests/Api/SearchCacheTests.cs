using System.Net;
using System.Text;
using Roots.TestKit;
using Roots.Web.Hosting;

namespace Roots.Web.Tests.Api;

/// <summary>The near-real-time cache in front of <c>/api/search</c>: reuse, sharing, expiry, and that a change shows at once.</summary>
public sealed class SearchCacheTests
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("{}");

    [Fact]
    public async Task SameKeyWithinTheAge_SearchesOnce()
    {
        var time = NewClock();
        var cache = new SearchCache(time, TimeSpan.FromSeconds(1));
        int searches = 0;
        Task<byte[]> Search() { searches++; return Task.FromResult(Answer); }

        await cache.GetOrAddAsync("?q=tea", Search);
        time.Advance(TimeSpan.FromMilliseconds(900));
        await cache.GetOrAddAsync("?q=tea", Search);
        Assert.Equal(1, searches);

        await cache.GetOrAddAsync("?q=garden", Search);
        Assert.Equal(2, searches);
    }

    [Fact]
    public async Task PastTheAgeOrAfterInvalidate_SearchesAgain()
    {
        var time = NewClock();
        var cache = new SearchCache(time, TimeSpan.FromSeconds(1));
        int searches = 0;
        Task<byte[]> Search() { searches++; return Task.FromResult(Answer); }

        await cache.GetOrAddAsync("?q=tea", Search);
        time.Advance(TimeSpan.FromSeconds(2));
        await cache.GetOrAddAsync("?q=tea", Search);
        Assert.Equal(2, searches);

        cache.Invalidate();
        await cache.GetOrAddAsync("?q=tea", Search);
        Assert.Equal(3, searches);
    }

    [Fact]
    public async Task BetweenOneAndTwoAges_TheOldAnswerIsServedWhileOneRefreshRuns()
    {
        var time = NewClock();
        var cache = new SearchCache(time, TimeSpan.FromSeconds(1));
        byte[] newer = Encoding.UTF8.GetBytes("{\"newer\":true}");
        var gate = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        int searches = 0;
        Task<byte[]> Search() => Interlocked.Increment(ref searches) == 1 ? Task.FromResult(Answer) : gate.Task;

        await cache.GetOrAddAsync("?q=tea", Search);
        time.Advance(TimeSpan.FromMilliseconds(1500));
        var during = Enumerable.Range(0, 10).Select(_ => cache.GetOrAddAsync("?q=tea", Search)).ToList();
        Assert.All(during, t => Assert.Same(Answer, t.Result));
        Assert.Equal(2, searches);

        gate.SetResult(newer);
        await cache.LastRefresh;
        Assert.Same(newer, await cache.GetOrAddAsync("?q=tea", Search));
        Assert.Equal(2, searches);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneSearch()
    {
        var cache = new SearchCache(NewClock(), TimeSpan.FromSeconds(1));
        var gate = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        int searches = 0;
        Task<byte[]> Search() { Interlocked.Increment(ref searches); return gate.Task; }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetOrAddAsync("?q=tea", Search)).ToList();
        gate.SetResult(Answer);
        var answers = await Task.WhenAll(waiting);

        Assert.Equal(1, searches);
        Assert.All(answers, a => Assert.Same(Answer, a));
    }

    [Fact]
    public async Task AFailedSearch_IsNotKept()
    {
        var cache = new SearchCache(NewClock(), TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrAddAsync("?q=tea", () => throw new InvalidOperationException("store gone")));
        Assert.Same(Answer, await cache.GetOrAddAsync("?q=tea", () => Task.FromResult(Answer)));
    }

    [Fact]
    public async Task ZeroAge_TurnsTheCacheOff()
    {
        var cache = new SearchCache(NewClock(), TimeSpan.Zero);
        int searches = 0;
        Task<byte[]> Search() { searches++; return Task.FromResult(Answer); }
        await cache.GetOrAddAsync("?q=tea", Search);
        await cache.GetOrAddAsync("?q=tea", Search);
        Assert.Equal(2, searches);
    }

    [Fact]
    public async Task ANoteAddedThroughTheServer_IsFoundByTheSameSearchAtOnce()
    {
        await using var served = await ServedLibrary.StartAsync();
        using var client = served.Client();
        const string url = "/api/search?mode=lexical&q=quokka";
        var before = await ServedLibrary.JsonAsync(await client.GetAsync(url));
        Assert.Equal(0, before.GetProperty("items").GetArrayLength());

        string csrf = await ServedLibrary.CsrfAsync(client);
        var added = await client.SendAsync(WriteApiTests.Post("/api/notes", csrf, new { text = "# Quokka\n\nA quokka smiles at the camera." }));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var after = await ServedLibrary.JsonAsync(await client.GetAsync(url));
        Assert.Equal(1, after.GetProperty("items").GetArrayLength());
        Assert.Equal("application/json; charset=utf-8", (await client.GetAsync(url)).Content.Headers.ContentType!.ToString());
    }

    private static ManualClock NewClock() => new(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero));
}
