namespace Roots.Tokens.Pricing;

/// <summary>
/// A user's price for a model (the <c>prices</c> in <c>roots.yaml</c>), which beats the default table:
/// for a model the table lacks, a negotiated rate, or a currency the table does not use.
/// </summary>
/// <param name="Model">The model name, matched without regard to case.</param>
/// <param name="InputPerMillion">Price of one million input tokens.</param>
/// <param name="OutputPerMillion">Price of one million output tokens.</param>
/// <param name="CachedInputPerMillion">Price of one million cached input tokens, or <c>null</c> for none.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Tokenizer">A tokenizer name to estimate with (e.g. a registered tokenizer.json, then exact); <c>null</c> keeps the default table's choice, else o200k_base as an approximation.</param>
public sealed record PriceOverride(
    string Model,
    decimal InputPerMillion,
    decimal OutputPerMillion,
    decimal? CachedInputPerMillion,
    string Currency,
    string? Tokenizer = null);
