using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Resilience;
using Roots.Models.Tests.Support;
using Roots.TestKit;

namespace Roots.Models.Tests.Resilience;

/// <summary>The per-provider circuit breaker and the fallback provider.</summary>
public sealed class CircuitAndFallbackTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;
    private FakeOpenAiServer _backup = null!;
    private readonly MemoryLedger _ledger = new();

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _backup = await FakeOpenAiServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _backup.DisposeAsync();
    }

    private static List<ChatMessage> Prompt => [new(ChatRole.User, "Hello")];

    private static ChatOptions Options => ModelCall.Options("ask", null, "deepseek-chat");

    [Fact]
    public async Task Circuit_OpensAfterRepeatedFailures_RefusesWithoutSending_ThenHalfOpenProbeCloses()
    {
        _server.ChatReply = FakeOpenAiServer.Status(500);
        using var client = Chains.Create(_server, _ledger, Chains.Fast with { MaxRetries = 0, CircuitFailureThreshold = 3, BreakDuration = TimeSpan.FromMilliseconds(600) });

        for (int i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, Options));
        }

        Assert.Equal(CircuitState.Open, client.Resilient.CircuitState);
        var refused = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, Options));
        Assert.Contains("circuit open", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Completions);

        await Task.Delay(700);
        _server.ChatReply = FakeOpenAiServer.Completion("Back.", 3, 1);
        var response = await client.Chat.GetResponseAsync(Prompt, Options);

        Assert.Equal("Back.", response.Text);
        Assert.Equal(4, _server.Completions);
        Assert.Equal(CircuitState.Closed, client.Resilient.CircuitState);
        Assert.Equal(["failed", "failed", "failed", "failed", "success"], _ledger.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public async Task Fallback_AnswersWhenPrimaryKeepsFailing_BothRecorded()
    {
        _server.ChatReply = FakeOpenAiServer.Status(503);
        _backup.ChatReply = FakeOpenAiServer.Completion("From the backup.", 5, 4);
        using var primary = Chains.Create(_server, _ledger, Chains.Fast with { MaxRetries = 1 });
        using var backup = Chains.Create(_backup, _ledger, name: "backup");
        using var chat = new FallbackChatClient(primary.Chat, backup.Chat, "deepseek-chat");

        var response = await chat.GetResponseAsync(Prompt, Options);

        Assert.Equal("From the backup.", response.Text);
        Assert.Equal(2, _server.Completions);
        Assert.Equal([("deepseek", "failed"), ("backup", "success")], _ledger.Rows.Select(r => (r.Provider, r.Outcome)));
    }

    [Fact]
    public async Task Fallback_NotUsedForAClientError()
    {
        _server.ChatReply = FakeOpenAiServer.Status(401);
        using var primary = Chains.Create(_server, _ledger);
        using var backup = Chains.Create(_backup, _ledger, name: "backup");
        using var chat = new FallbackChatClient(primary.Chat, backup.Chat, null);

        await Assert.ThrowsAsync<ProviderCallException>(() => chat.GetResponseAsync(Prompt, Options));

        Assert.Equal(0, _backup.Completions);
    }
}
