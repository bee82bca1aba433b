using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roots.Models.Embeddings;
using Roots.Models.Metering;
using Roots.Models.Tests.Support;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Models.Tests.Metering;

/// <summary>Embedding calls through an OpenAI-compatible endpoint land in the ledger (operation embed) and respect budgets.</summary>
public sealed class MeteringEmbeddingGeneratorTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private Uri _base = null!;
    private int _requests;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/embeddings", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _requests);
            var request = await JsonNode.ParseAsync(context.Request.Body);
            int count = request!["input"]!.AsArray().Count;
            var data = Enumerable.Range(0, count).Select(i => new { index = i, embedding = new[] { 1f, i } });
            await context.Response.WriteAsJsonAsync(new { data, usage = new { prompt_tokens = 7 * count, total_tokens = 7 * count } });
        });
        await _app.StartAsync();
        _base = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private MeteringEmbeddingGenerator Create(MemoryLedger ledger, IReadOnlyList<Budget>? budgets = null) =>
        new(new OpenAiCompatibleEmbeddingGenerator(_base, "text-embedding-3-small", "sk-test"), new MeteringOptions
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

        Assert.Equal(0, _requests);
        Assert.Equal("refused", Assert.Single(ledger.Rows).Outcome);
    }
}
