using Roots.Tokens.Pricing;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// One price in <c>roots.yaml</c>'s <c>prices</c> list: a model missing from the dated default
/// table, or a price that changed since. It wins over the default for that model.
/// </summary>
public sealed class PriceSettings
{
    /// <summary>The model's name as the provider serves it.</summary>
    [YamlMember(Alias = "model")]
    public string Model { get; set; } = "";

    /// <summary>Price per million input tokens.</summary>
    [YamlMember(Alias = "input")]
    public decimal Input { get; set; }

    /// <summary>Price per million output tokens.</summary>
    [YamlMember(Alias = "output")]
    public decimal Output { get; set; }

    /// <summary>Price per million cached input tokens, when the provider discounts them.</summary>
    [YamlMember(Alias = "cached_input")]
    public decimal? CachedInput { get; set; }

    /// <summary>ISO 4217 currency (default USD).</summary>
    [YamlMember(Alias = "currency")]
    public string Currency { get; set; } = "USD";

    /// <summary>The tokenizer estimates use for this model (default: the closest built-in).</summary>
    [YamlMember(Alias = "tokenizer")]
    public string? Tokenizer { get; set; }

    /// <summary>A one-line problem with this entry, or null when it is sound.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Model) ? "a price needs a model"
        : Input < 0 || Output < 0 || CachedInput < 0 ? $"the price of {Model} cannot be negative"
        : Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper) ? $"the currency of {Model} must be a three-letter code such as USD or CNY, not '{Currency}'"
        : null;

    /// <summary>The override the price book takes.</summary>
    public PriceOverride ToOverride() => new(Model.Trim(), Input, Output, CachedInput, Currency, Tokenizer);
}
