using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.Tests.Pricing;

public sealed class PriceBookTests
{
    [Fact]
    public void Default_IsDated()
    {
        Assert.True(PriceBook.Default.PricesAsOf > new DateOnly(2025, 1, 1));
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    [InlineData("google")]
    [InlineData("deepseek")]
    [InlineData("qwen")]
    [InlineData("moonshot")]
    public void Default_CoversEachProvider(string provider)
    {
        Assert.Contains(PriceBook.Default.Models, m => m.Provider == provider);
    }

    [Fact]
    public void Estimate_UnknownModel_IsPriceUnknownNeverZero()
    {
        var estimate = PriceBook.Default.Estimate("no-such-model", 1000, 500);

        Assert.False(estimate.PriceKnown);
        Assert.Null(estimate.Cost);
        Assert.Equal("price unknown", estimate.CostText);
        Assert.Equal(1000, estimate.InputTokens);
    }

    [Fact]
    public void Estimate_KnownModel_IsExactDecimal()
    {
        // gpt-4o: 2.50 in, 10.00 out, 1.25 cached per million
        var estimate = PriceBook.Default.Estimate("gpt-4o", inputTokens: 1_000_000, outputTokens: 3, cachedInputTokens: 400_000);

        Assert.Equal(new Money(0.6m * 2.50m + 0.4m * 1.25m + 0.00003m, "USD"), estimate.Cost);
    }

    [Fact]
    public void Estimate_NoCacheDiscount_ChargesCachedAsInput()
    {
        var estimate = PriceBook.Default.Estimate("gpt-4", 1_000_000, 0, cachedInputTokens: 1_000_000);

        Assert.Equal(30.00m, estimate.Cost!.Value.Amount);
    }

    [Fact]
    public void Estimate_ManySmallCalls_SumWithoutRoundingError()
    {
        var one = PriceBook.Default.Estimate("gpt-4o-mini", 7, 3).Cost!.Value;
        var sum = Enumerable.Repeat(one, 1_000_000).Aggregate((a, b) => a + b);

        Assert.Equal(one.Amount * 1_000_000m, sum.Amount);
        Assert.Equal((7 * 0.15m + 3 * 0.60m), sum.Amount);
    }

    [Theory]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("openai/gpt-4o-mini", "gpt-4o-mini")]
    [InlineData("claude-sonnet-4-20250514", "claude-sonnet-4")]
    [InlineData("GPT-4.1", "gpt-4.1")]
    [InlineData("gpt-4-0613", "gpt-4")]
    public void Find_SnapshotsAndPrefixes_ResolveToTheModel(string asked, string expected)
    {
        Assert.Equal(expected, PriceBook.Default.Find(asked)?.Model);
    }

    [Fact]
    public void Find_DifferentModelWithKnownPrefix_IsNotGuessed()
    {
        Assert.Null(PriceBook.Default.Find("o1-pro"));
        Assert.Null(PriceBook.Default.Find("gpt-4o-audio"));
    }

    [Fact]
    public void WithOverrides_OverrideWinsAndAddsModels()
    {
        var book = PriceBook.Default.WithOverrides(
        [
            new PriceOverride("gpt-4o", 1m, 2m, null, "usd"),
            new PriceOverride("my-local-model", 0.5m, 0.5m, 0.1m, "CNY", Tokenizer: "qwen3"),
        ]);

        Assert.Equal(new Money(3m, "USD"), book.Estimate("gpt-4o", 1_000_000, 1_000_000).Cost);
        Assert.Equal(new Money(1m, "CNY"), book.Estimate("my-local-model", 1_000_000, 1_000_000).Cost);
        Assert.Equal(TokenizerChoice.Exact("qwen3"), book.TokenizerFor("my-local-model"));
        Assert.Equal(TokenizerChoice.Exact(TokenizerNames.O200kBase), book.TokenizerFor("gpt-4o"));
        Assert.Equal(2.50m, PriceBook.Default.Find("gpt-4o")!.InputPerMillion); // the default is unchanged
    }

    [Theory]
    [InlineData("gpt-4o", TokenizerNames.O200kBase, false)]
    [InlineData("gpt-4.1-mini", TokenizerNames.O200kBase, false)]
    [InlineData("o3", TokenizerNames.O200kBase, false)]
    [InlineData("gpt-5", TokenizerNames.O200kBase, false)]
    [InlineData("gpt-4", TokenizerNames.Cl100kBase, false)]
    [InlineData("gpt-3.5-turbo", TokenizerNames.Cl100kBase, false)]
    [InlineData("claude-sonnet-4", TokenizerNames.O200kBase, true)]
    [InlineData("deepseek-chat", TokenizerNames.O200kBase, true)]
    [InlineData("unknown-model", TokenizerNames.O200kBase, true)]
    public void TokenizerFor_ModelsUseTheirOwnOrTheClosest(string model, string tokenizer, bool approximate)
    {
        Assert.Equal(new TokenizerChoice(tokenizer, approximate), PriceBook.Default.TokenizerFor(model));
    }

    [Fact]
    public void Estimate_NegativeOrInconsistentCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceBook.Default.Estimate("gpt-4o", -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceBook.Default.Estimate("gpt-4o", 10, 0, cachedInputTokens: 11));
    }
}
