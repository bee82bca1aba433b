using System.Text.RegularExpressions;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.Pricing;

/// <summary>
/// Prices per million tokens by model: a dated default table (<see cref="PricesAsOf"/>) that users
/// override. Looks a model up by its name, also with a provider prefix (<c>openai/gpt-4o</c>, as
/// OpenRouter spells it) or a dated snapshot suffix (<c>gpt-4o-2024-08-06</c>,
/// <c>claude-sonnet-4-20250514</c>). Immutable; thread-safe.
/// </summary>
public sealed partial class PriceBook
{
    private readonly Dictionary<string, ModelPrice> _prices;

    private PriceBook(DateOnly pricesAsOf, Dictionary<string, ModelPrice> prices)
    {
        PricesAsOf = pricesAsOf;
        _prices = prices;
    }

    /// <summary>The day the default prices were taken from the providers' price pages.</summary>
    public DateOnly PricesAsOf { get; }

    /// <summary>Every priced model, by name.</summary>
    public IReadOnlyCollection<ModelPrice> Models => _prices.Values;

    /// <summary>A new book where <paramref name="overrides"/> replace or add prices; this one is unchanged.</summary>
    public PriceBook WithOverrides(IEnumerable<PriceOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var prices = new Dictionary<string, ModelPrice>(_prices, StringComparer.OrdinalIgnoreCase);
        foreach (var o in overrides)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(o.Model);
            string model = o.Model.Trim();
            var tokenizer = o.Tokenizer is { Length: > 0 } name
                ? TokenizerChoice.Exact(TokenizerNames.Canonical(name))
                : Find(model)?.Tokenizer ?? TokenizerChoice.Closest(TokenizerNames.O200kBase);
            prices[model] = new ModelPrice(model, "user", o.InputPerMillion, o.OutputPerMillion, o.CachedInputPerMillion,
                Money.Zero(o.Currency).Currency, tokenizer);
        }

        return new PriceBook(PricesAsOf, prices);
    }

    /// <summary>The price of <paramref name="model"/>, or <c>null</c> when it is not in the book.</summary>
    public ModelPrice? Find(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string name = model.Trim();
        if (_prices.TryGetValue(name, out var price))
        {
            return price;
        }

        int slash = name.LastIndexOf('/');
        if (slash >= 0 && slash < name.Length - 1)
        {
            return Find(name[(slash + 1)..]);
        }

        var snapshot = SnapshotSuffix().Match(name);
        return snapshot.Success && _prices.TryGetValue(name[..snapshot.Index], out price) ? price : null;
    }

    /// <summary>
    /// The tokenizer to estimate <paramref name="model"/>'s counts with: its own when known, else
    /// o200k_base marked approximate (the largest general vocabulary at hand).
    /// </summary>
    public TokenizerChoice TokenizerFor(string model) => Find(model)?.Tokenizer ?? TokenizerChoice.Closest(TokenizerNames.O200kBase);

    /// <summary>
    /// The cost of a call with these token counts; "price unknown" when the model is not in the book.
    /// Cached input tokens are part of <paramref name="inputTokens"/> and charged at the cached price.
    /// </summary>
    public CostEstimate Estimate(string model, long inputTokens, long outputTokens, long cachedInputTokens = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(outputTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(cachedInputTokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cachedInputTokens, inputTokens);
        var price = Find(model);
        if (price is null)
        {
            return new CostEstimate(model, inputTokens, outputTokens, cachedInputTokens, null, null);
        }

        decimal amount = ((inputTokens - cachedInputTokens) * price.InputPerMillion
            + cachedInputTokens * (price.CachedInputPerMillion ?? price.InputPerMillion)
            + outputTokens * price.OutputPerMillion) / 1_000_000m;
        return new CostEstimate(model, inputTokens, outputTokens, cachedInputTokens, new Money(amount, price.Currency), price);
    }

    [GeneratedRegex(@"-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest|preview)$", RegexOptions.CultureInvariant)]
    private static partial Regex SnapshotSuffix();
}
