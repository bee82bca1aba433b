using Microsoft.Extensions.AI;
using Roots.Core.Ports;
using Roots.Models.Metering;
using Roots.Models.Providers;
using Roots.Models.Tests.Support;
using Roots.Storage.Sqlite;
using Roots.TestKit;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Models.Tests.Metering;

/// <summary>Budgets refuse before sending; a planted key never reaches errors, the ledger or files.</summary>
public sealed class BudgetAndSecretTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static List<ChatMessage> Prompt => [new(ChatRole.User, "Translate the whole library, please.")];

    [Fact]
    public async Task Budget_WouldBeCrossed_RefusedBeforeSending_WithAClearMessage()
    {
        var ledger = new MemoryLedger();
        await ledger.AppendAsync(new LedgerEntry(DateTimeOffset.UtcNow, "deepseek", "deepseek-chat", "summarize", null, 1000, 100, 0, 0.99m, "USD", 10, "success", false, null));
        var budgets = new[] { new Budget(Money.Of(1.00m, "USD"), BudgetPeriod.Daily) };
        using var client = Chains.Create(_server, ledger, budgets: budgets);

        var e = await Assert.ThrowsAsync<ModelCallRefusedException>(() =>
            client.Chat.GetResponseAsync(Prompt, ModelCall.Options("translate", 7, "deepseek-chat", maxOutputTokens: 100_000)));

        Assert.Equal(0, _server.Completions);
        Assert.Contains("refused before sending", e.Message, StringComparison.Ordinal);
        Assert.Contains("daily budget USD 1.00", e.Message, StringComparison.Ordinal);
        Assert.Equal("refused", ledger.Rows.Last().Outcome);
    }

    [Fact]
    public async Task Budget_UnpricedModel_IsRefused()
    {
        var ledger = new MemoryLedger();
        using var client = Chains.Create(_server, ledger, budgets: [new Budget(Money.Of(5m, "USD"), BudgetPeriod.Monthly)]);

        var e = await Assert.ThrowsAsync<ModelCallRefusedException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "my-local-model")));

        Assert.Contains("price unknown", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Completions);
    }

    [Fact]
    public async Task PlantedKey_AppearsNowhere_InErrorsLedgerOrDatabaseFile()
    {
        string folder = Directory.CreateTempSubdirectory("roots-models-").FullName;
        string db = Path.Combine(folder, "roots.db");
        var messages = new List<string>();
        try
        {
            using (var store = SqliteStore.Open(db))
            {
                // The provider echoes the key back, as some do on a 401.
                _server.Then(FakeOpenAiServer.Status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + Chains.PlantedKey + "\"}}"))
                    .Then(FakeOpenAiServer.Status(500, $"upstream said Bearer {Chains.PlantedKey}"))
                    .Then(FakeOpenAiServer.Status(500, $"key={Chains.PlantedKey}"));
                _server.ChatReply = FakeOpenAiServer.Status(500, $"key={Chains.PlantedKey}");
                using var client = Chains.Create(_server, store);
                for (int i = 0; i < 2; i++)
                {
                    var e = await Assert.ThrowsAsync<ProviderCallException>(() => client.Chat.GetResponseAsync(Prompt, ModelCall.Options("ask", null, "deepseek-chat")));
                    messages.Add(e.ToString());
                }

                Assert.Equal(5, _server.Completions);

                var rows = await store.ReadAsync(DateTimeOffset.MinValue);
                Assert.Equal(2, rows.Count);
                Assert.All(rows, r => Assert.DoesNotContain(Chains.PlantedKey, r.ToString(), StringComparison.Ordinal));
                Assert.Contains(SecretScrubber.Mask, rows[0].Error, StringComparison.Ordinal);
            }

            Assert.All(messages, m => Assert.DoesNotContain(Chains.PlantedKey, m, StringComparison.Ordinal));
            foreach (string file in Directory.EnumerateFiles(folder))
            {
                Assert.DoesNotContain(Chains.PlantedKey, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Scrubber_RemovesExactKeysAndKeyShapedText()
    {
        var scrubber = new SecretScrubber(["my-exact-secret-value"]);

        string text = scrubber.Scrub("a my-exact-secret-value b sk-abcdefghijklmnop1234 c Bearer abc.def.ghi123 d");

        Assert.Equal("a *** b *** c Bearer *** d", text);
    }
}
