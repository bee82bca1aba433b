using Roots.Tokens;
using Roots.Tokens.Pricing;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tokens;

/// <summary>
/// <c>roots tokens</c>: counts inputs with the chosen tokenizers and prices them for the chosen
/// models. A model is counted with its own tokenizer (or the closest, marked approximate); a model
/// without a price gets "price unknown", never a zero cost.
/// </summary>
public static class TokenCounting
{
    /// <summary>Builds the report. Inputs are counted in parallel, one per core, since tokenizers are thread-safe.</summary>
    public static TokenReport Build(
        IReadOnlyList<TokenInput> inputs, IReadOnlyList<ITokenCounter> tokenizers, IReadOnlyList<string> models,
        TokenizerRegistry registry, PriceBook prices)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(tokenizers);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(prices);
        var modelTokenizers = models.Select(m => (Model: m, Tokenizer: TokenizerFor(m, registry, prices))).ToList();
        var reports = inputs
            .AsParallel().AsOrdered()
            .Select(input => Report(input, tokenizers, modelTokenizers, prices))
            .ToList();
        return new TokenReport(prices.PricesAsOf, reports);
    }

    private static TokenInputReport Report(
        TokenInput input, IReadOnlyList<ITokenCounter> tokenizers, List<(string Model, (ITokenCounter Counter, bool Approximate) Tokenizer)> models, PriceBook prices)
    {
        long characters = TextMeasure.CountCharacters(input.Text);
        var counted = new Dictionary<string, long>(StringComparer.Ordinal);
        long Count(ITokenCounter tokenizer)
        {
            if (!counted.TryGetValue(tokenizer.Name, out long tokens))
            {
                counted[tokenizer.Name] = tokens = tokenizer.CountTokens(input.Text);
            }

            return tokens;
        }

        var counts = tokenizers
            .Select(t => new TokenCount(t.Name, Count(t), TextMeasure.CharactersPerToken(characters, Count(t))))
            .ToList();
        var costs = models.Select(m =>
        {
            long tokens = Count(m.Tokenizer.Counter);
            return new ModelCost(m.Model, m.Tokenizer.Counter.Name, m.Tokenizer.Approximate, tokens,
                prices.Estimate(m.Model, tokens, 0).Cost, prices.Estimate(m.Model, 0, tokens).Cost);
        }).ToList();
        return new TokenInputReport(input.Label, characters, counts, costs);
    }

    /// <summary>The model's tokenizer; one the registry cannot give (a tokenizer.json not registered) falls back to o200k_base, approximate.</summary>
    private static (ITokenCounter Counter, bool Approximate) TokenizerFor(string model, TokenizerRegistry registry, PriceBook prices)
    {
        var choice = prices.TokenizerFor(model);
        var tokenizer = registry.Get(choice.Name);
        return tokenizer.IsSuccess
            ? (tokenizer.Value, choice.Approximate)
            : (registry.Get(TokenizerNames.O200kBase).Value, true);
    }
}
