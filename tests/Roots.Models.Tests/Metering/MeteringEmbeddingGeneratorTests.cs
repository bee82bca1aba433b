using Microsoft.Extensions.AI;
using Roots.Models.Embeddings;
using Roots.Models.Metering;
using Roots.Models.Tests.Support;
using Roots.TestKit;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Models.Tests.Metering;

/// <summary>Embedding calls through an OpenAI-compatible endpoint land in the ledger (operation embed) and respect budgets.</summary>
public sealed class MeteringEmbeddingGeneratorTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.EmbeddingTokensPerInput = 7;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private MeteringEmbeddingGenerator Create(MemoryLedger ledger, IReadOnlyList<Budget>? budgets = null) =>
        new(new OpenAiCompatibleEmbeddingGenerator(_server.BaseUrl, "text-embedding-3-small", "sk-test"), new MeteringOptions
        {
            Provider = "openai",
            Ledger = ledger,
            DefaultModel = "text-embedding-3-small",
            Prices = PriceBook.Default.WithOverrides([new PriceOverride("text-embedding-3-small", 0.02m, 0m, null, "USD")]),
            Budgets = budgets ?? [],
        });

    [Fact]
    public async Task Generate_WritesOneEmbedRow_WithTheEndpointsTokenCountAndACost()
    {
        var ledger = new MemoryLedger();
        using var generator = Create(ledger);

        var vectors = await generator.GenerateAsync(["oolong tea", "乌龙茶", "cold brew"]);

        Assert.Equal(3, vectors.Count);
        var row = Assert.Single(ledger.Rows);
        Assert.Equal(("openai", "text-embedding-3-small", "embed", "success"), (row.Provider, row.Model, row.Operation, row.Outcome));
        Assert.Equal(21, row.InputTokens);
        Assert.Equal(0, row.OutputTokens);
        Assert.False(row.Estimated);
        Assert.Equal(21 * 0.02m / 1_000_000m, row.Cost);
        Assert.Equal("text-embedding-3-small", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }

    [Fact]
    public async Task Generate_OverTheBudget_IsRefusedBeforeSending_AndRecorded()
    {
        var ledger = new MemoryLedger();
        using var generator = Create(ledger, [new Budget(Money.Of(0.0000000001m, "USD"), BudgetPeriod.Daily)]);

        await Assert.ThrowsAsync<ModelCallRefusedException>(() => generator.GenerateAsync([new string('x', 4000)]));

        Assert.Equal(0, _server.Embeddings);
        Assert.Equal("refused", Assert.Single(ledger.Rows).Outcome);
    }
}
