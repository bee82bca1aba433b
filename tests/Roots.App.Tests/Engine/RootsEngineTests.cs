using Microsoft.Extensions.DependencyInjection;
using Roots.App.Models;
using Roots.TestKit;

namespace Roots.App.Tests.Engine;

/// <summary>One engine per process: libraries opened on it share its breakers, its clock and zone, and its HTTP clients.</summary>
public sealed class RootsEngineTests : IAsyncLifetime
{
    private EngineLibrary _folder = null!;

    public async Task InitializeAsync() => _folder = await EngineLibrary.StartAsync();

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task TwoLibrariesOnOneDirectory_ShareTheProvidersBreaker()
    {
        // Given a provider that always refuses (retried at once: Retry-After 0) and one engine
        _folder.Server.ChatReply = FakeOpenAiServer.Status(429, retryAfter: "0");
        using var engine = RootsEngine.Create();
        using var first = EngineLibrary.Open(engine, _folder.Directory);
        using var second = EngineLibrary.Open(engine, _folder.Directory);

        // When the first library's calls open the circuit (five failed attempts)
        Assert.NotNull((await first.Models.SummarizeAsync(["1"])).Value.StoppedBecause);
        Assert.NotNull((await first.Models.SummarizeAsync(["1"])).Value.StoppedBecause);
        int sent = _folder.Server.Completions;

        // Then the second library finds it open: nothing more is sent
        var refused = await second.Models.SummarizeAsync(["1"]);
        Assert.NotNull(refused.Value.StoppedBecause);
        Assert.Equal(sent, _folder.Server.Completions);
        Assert.Equal("open", (await second.Models.StatusAsync()).Single().Circuit);

        // and a library of another engine has its own, closed breaker
        using var other = RootsEngine.Create();
        using var elsewhere = EngineLibrary.Open(other, _folder.Directory);
        Assert.Equal("closed", (await elsewhere.Models.StatusAsync()).Single().Circuit);
    }

    [Fact]
    public async Task TheEnginesClockAndZone_ReachCostsByDay()
    {
        // Given an engine whose clock reads 20:00 UTC on 30 November, already 1 December in Shanghai
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));
        using var engine = RootsEngine.Create(options =>
        {
            options.Time = clock;
            options.Zone = shanghai;
        });
        using var library = EngineLibrary.Open(engine, _folder.Directory);

        // When a model call is made and costs are counted by day
        Assert.Null((await library.Models.SummarizeAsync(["1"])).Value.StoppedBecause);
        var days = await library.Models.DailyCostsAsync(DateTimeOffset.UnixEpoch, CostGrouping.Model);

        // Then the call is dated by the engine's clock, in the engine's zone
        Assert.Equal("2026-12-01", Assert.Single(days).Day);
        Assert.Same(clock, library.Clock);
        Assert.Same(shanghai, library.TimeZone);
    }

    [Fact]
    public async Task ModelCalls_TakeTheirHttpClientFromTheFactoryOnce()
    {
        // Given an engine over a factory that counts the clients it makes
        var factory = new CountingFactory();
        using var engine = new RootsEngine(new RootsOptions(), factory);

        // When two libraries make three calls
        using (var first = EngineLibrary.Open(engine, _folder.Directory))
        {
            Assert.Null((await first.Models.SummarizeAsync(["1"])).Value.StoppedBecause);
            Assert.Null((await first.Models.SummarizeAsync(["2"])).Value.StoppedBecause);
        }

        using (var second = EngineLibrary.Open(engine, _folder.Directory))
        {
            Assert.Null((await second.Models.SummarizeAsync(["3"])).Value.StoppedBecause);
        }

        // Then one model client was made, and all three calls went through it
        Assert.Equal(3, _folder.Server.Completions);
        Assert.Equal([RootsEngine.ModelClient], factory.Made);
    }

    [Fact]
    public void AddRoots_RegistersOneEngine_WithTheHostsClock()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        using var services = new ServiceCollection().AddRoots(options => options.Time = clock).BuildServiceProvider();

        var engine = services.GetRequiredService<RootsEngine>();

        Assert.Same(engine, services.GetRequiredService<RootsEngine>());
        Assert.Same(clock, engine.Time);
        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
    }

    private sealed class CountingFactory : IHttpClientFactory
    {
        public List<string> Made { get; } = [];

        public HttpClient CreateClient(string name)
        {
            Made.Add(name);
            return new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        }
    }
}
