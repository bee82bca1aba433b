namespace Roots.Tokens.Pricing;

/// <summary>
/// What a call costs or would cost: the tokens, and the money when the model has a price. An
/// unknown price is its own state (<see cref="PriceKnown"/> false, <see cref="Cost"/> null), never
/// zero, so a budget cannot be passed by a model nobody priced.
/// </summary>
/// <param name="Model">The model.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CachedInputTokens">The part of <paramref name="InputTokens"/> served from the provider's cache.</param>
/// <param name="Cost">The price of the call, or <c>null</c> when the price is unknown.</param>
/// <param name="Price">The price used, or <c>null</c>.</param>
public sealed record CostEstimate(
    string Model,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    Money? Cost,
    ModelPrice? Price)
{
    /// <summary>True when the model has a price.</summary>
    public bool PriceKnown => Cost is not null;

    /// <summary>"USD 0.0123" or "price unknown".</summary>
    public string CostText => Cost?.ToString() ?? "price unknown";
}
