using System.Diagnostics;
using Microsoft.Extensions.AI;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Tests.Support;
using Roots.TestKit;

namespace Roots.Models.Tests.Providers;

/// <summary>The provider chain against the fake server: usage, retries, Retry-After, hangs, garbled answers, client errors.</summary>
public sealed class ProviderCallTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;
    private readonly MemoryLedger _ledger = new();

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static List<ChatMessage> Prompt => [new(ChatRole.User, "Summarise: knowledge is power.")];

    [Fact]
    public async Task Completion_WithUsage_RecordsProviderCountsAndCost()
    {
        _server.Then(FakeOpenAiServer.Completion("Power.", 120, 30, cached: 100));
        using var client = Chains.Create(_server, _ledger);

        var response = await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("summarize", 42, "deepseek-chat"));

        Assert.Equal("Power.", response.Text);
        var row = Assert.Single(_ledger.Rows);
        Assert.Equal(("deepseek", "deepseek-chat", "summarize", 42L), (row.Provider, row.Model, row.Operation, row.ItemId!.Value));
        Assert.Equal((120L, 30L, 100L), (row.InputTokens, row.OutputTokens, row.CachedTokens));
        Assert.False(row.Estimated);
        Assert.Equal("success", row.Outcome);
        Assert.NotNull(row.Cost);
        Assert.True(row.Cost > 0m);
        Assert.Equal($"Bearer {Chains.PlantedKey}", Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task Completion_WithoutUsage_CountsLocallyMarkedEstimated()
    {
        _server.Then(FakeOpenAiServer.Completion("Knowledge is power, said Bacon."));
        using var client = Chains.Create(_server, _ledger);

        await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat"));

        var row = Assert.Single(_ledger.Rows);
        Assert.True(row.Estimated);
        Assert.True(row.InputTokens > 5 && row.OutputTokens > 3, $"{row.InputTokens}/{row.OutputTokens}");
    }

    [Fact]
    public async Task RateLimited_RetryAfter_IsHonouredButCapped()
    {
        _server.Then(FakeOpenAiServer.Status(429, retryAfter: "3600"));
        using var client = Chains.Create(_server, _ledger);
        var watch = Stopwatch.StartNew();

        await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat"));

        Assert.Equal(2, _server.Completions);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(3));
        Assert.Equal("success", Assert.Single(_ledger.Rows).Outcome);
    }

    [Fact]
    public async Task ServerErrorBurst_IsRetriedWithBackoff_OneLedgerRow()
    {
        _server.Then(FakeOpenAiServer.Status(500)).Then(FakeOpenAiServer.Status(502)).Then(FakeOpenAiServer.Status(503));
        using var client = Chains.Create(_server, _ledger);

        var response = await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat"));

        Assert.Equal("A default answer.", response.Text);
        Assert.Equal(4, _server.Completions);
        Assert.Equal("success", Assert.Single(_ledger.Rows).Outcome);
    }

    [Fact]
    public async Task PersistentServerErrors_EndWithTheReason_AfterBoundedAttempts()
    {
        _server.ChatReply = FakeOpenAiServer.Status(500);
        using var client = Chains.Create(_server, _ledger);

        var e = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat")));

        Assert.Equal(4, _server.Completions);
        Assert.Contains("HTTP 500", e.Message, StringComparison.Ordinal);
        var row = Assert.Single(_ledger.Rows);
        Assert.Equal("failed", row.Outcome);
        Assert.Contains("HTTP 500", row.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task ClientErrors_AreNotRetried(int status)
    {
        _server.ChatReply = FakeOpenAiServer.Status(status);
        using var client = Chains.Create(_server, _ledger);

        var e = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat")));

        Assert.Equal(1, _server.Completions);
        Assert.Equal(status, e.StatusCode);
        Assert.False(e.Transient);
    }

    [Fact]
    public async Task Hang_TimesOutEachAttempt_WithinBounds()
    {
        _server.ChatReply = FakeOpenAiServer.Hang;
        using var client = Chains.Create(_server, _ledger, Chains.Fast with { MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(200) });
        var watch = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat")));

        Assert.Equal(2, _server.Completions);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(390), TimeSpan.FromSeconds(3));
        Assert.Contains("no answer within", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_IsTransient_ThenRecovers()
    {
        _server.Then(FakeOpenAiServer.Malformed);
        using var client = Chains.Create(_server, _ledger);

        var response = await client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat"));

        Assert.Equal(2, _server.Completions);
        Assert.Equal("A default answer.", response.Text);
    }
}
