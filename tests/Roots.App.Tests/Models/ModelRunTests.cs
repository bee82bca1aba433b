using Roots.App.Models;
using Roots.App.Tests.Engine;
using Roots.TestKit;

namespace Roots.App.Tests.Models;

/// <summary>A model operation returns the ledger rows its own calls wrote, and why it stopped, without a read-back.</summary>
public sealed class ModelRunTests : IAsyncLifetime
{
    private EngineLibrary _folder = null!;

    public async Task InitializeAsync() => _folder = await EngineLibrary.StartAsync();

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task Summarize_ReturnsTheRowsOfItsOwnCalls_AndNoneForACachedSummary()
    {
        using var engine = RootsEngine.Create();
        using var library = EngineLibrary.Open(engine, _folder.Directory);

        var first = await library.Models.SummarizeAsync(["1", "2"]);
        var again = await library.Models.SummarizeAsync(["1"]);

        Assert.Equal([1L, 2L], first.Usage.Rows.Select(r => r.ItemId!.Value));
        Assert.All(first.Usage.Rows, r => Assert.Equal(("summarize", "success", 11L, 7L), (r.Operation, r.Outcome, r.InputTokens, r.OutputTokens)));
        Assert.True(again.Value.Summaries.Single().Cached);
        Assert.Empty(again.Usage.Rows);
        Assert.Equal(ModelStop.NothingSent, again.Usage.Stop);
    }

    [Fact]
    public async Task AFailingProvider_IsReadAsAProviderFailure()
    {
        _folder.Server.ChatReply = FakeOpenAiServer.Status(429, retryAfter: "0");
        using var engine = RootsEngine.Create();
        using var library = EngineLibrary.Open(engine, _folder.Directory);

        var run = await library.ModelTags.TagWithModelAsync(["1"]);
        var asked = await library.Models.AskAsync("oolong");

        // No taxonomy: refused before anything was sent. A provider that fails: the failed rows, read as such.
        Assert.False(run.IsSuccess);
        Assert.Equal(ModelStop.NothingSent, run.Usage.Stop);
        Assert.False(asked.IsSuccess);
        Assert.NotEmpty(asked.Usage.Rows);
        Assert.All(asked.Usage.Rows, r => Assert.Equal(("ask", "failed"), (r.Operation, r.Outcome)));
        Assert.Equal(ModelStop.ProviderFailed, asked.Usage.Stop);
    }
}
