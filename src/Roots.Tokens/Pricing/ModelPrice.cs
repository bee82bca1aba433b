namespace Roots.Tokens.Pricing;

/// <summary>What a model costs, per million tokens, and which tokenizer estimates its counts.</summary>
/// <param name="Model">The model name as providers spell it (<c>gpt-4o</c>, <c>deepseek-chat</c>).</param>
/// <param name="Provider">Who sells it at this price (<c>openai</c>, <c>anthropic</c>, <c>google</c>, <c>deepseek</c>, <c>qwen</c>, <c>moonshot</c>, or <c>user</c> for overrides).</param>
/// <param name="InputPerMillion">Price of one million input tokens (cache misses).</param>
/// <param name="OutputPerMillion">Price of one million output tokens.</param>
/// <param name="CachedInputPerMillion">Price of one million cached input tokens; <c>null</c> when the provider has no cache discount (cached tokens are then charged as input).</param>
/// <param name="Currency">ISO 4217 code of all three prices.</param>
/// <param name="Tokenizer">The tokenizer to estimate counts with.</param>
public sealed record ModelPrice(
    string Model,
    string Provider,
    decimal InputPerMillion,
    decimal OutputPerMillion,
    decimal? CachedInputPerMillion,
    string Currency,
    TokenizerChoice Tokenizer);
