using static Roots.Tokens.Pricing.TokenizerChoice;
using static Roots.Tokens.Tokenizers.TokenizerNames;

namespace Roots.Tokens.Pricing;

/// <summary>The default table.</summary>
public sealed partial class PriceBook
{
    /// <summary>When the table below was taken from the providers' public price pages.</summary>
    private static readonly DateOnly DefaultsAsOf = new(2025, 10, 1);

    /// <summary>
    /// List prices per million tokens (standard tier, no batch discount, the lowest context tier
    /// where a provider charges by prompt length). Claude, Gemini, DeepSeek, Qwen and Kimi
    /// tokenizers are not built in, so their counts are approximated with o200k_base; register
    /// their tokenizer.json and override the price's tokenizer for exact counts where one is public.
    /// </summary>
    private static readonly ModelPrice[] Defaults =
    [
        // OpenAI, USD
        new("gpt-5", "openai", 1.25m, 10.00m, 0.125m, "USD", Exact(O200kBase)),
        new("gpt-5-mini", "openai", 0.25m, 2.00m, 0.025m, "USD", Exact(O200kBase)),
        new("gpt-5-nano", "openai", 0.05m, 0.40m, 0.005m, "USD", Exact(O200kBase)),
        new("gpt-4.1", "openai", 2.00m, 8.00m, 0.50m, "USD", Exact(O200kBase)),
        new("gpt-4.1-mini", "openai", 0.40m, 1.60m, 0.10m, "USD", Exact(O200kBase)),
        new("gpt-4.1-nano", "openai", 0.10m, 0.40m, 0.025m, "USD", Exact(O200kBase)),
        new("gpt-4o", "openai", 2.50m, 10.00m, 1.25m, "USD", Exact(O200kBase)),
        new("gpt-4o-mini", "openai", 0.15m, 0.60m, 0.075m, "USD", Exact(O200kBase)),
        new("o1", "openai", 15.00m, 60.00m, 7.50m, "USD", Exact(O200kBase)),
        new("o3", "openai", 2.00m, 8.00m, 0.50m, "USD", Exact(O200kBase)),
        new("o3-mini", "openai", 1.10m, 4.40m, 0.55m, "USD", Exact(O200kBase)),
        new("o4-mini", "openai", 1.10m, 4.40m, 0.275m, "USD", Exact(O200kBase)),
        new("gpt-4-turbo", "openai", 10.00m, 30.00m, null, "USD", Exact(Cl100kBase)),
        new("gpt-4", "openai", 30.00m, 60.00m, null, "USD", Exact(Cl100kBase)),
        new("gpt-3.5-turbo", "openai", 0.50m, 1.50m, null, "USD", Exact(Cl100kBase)),
        new("text-embedding-3-small", "openai", 0.02m, 0m, null, "USD", Exact(Cl100kBase)),
        new("text-embedding-3-large", "openai", 0.13m, 0m, null, "USD", Exact(Cl100kBase)),

        // Anthropic, USD; cached = cache reads
        new("claude-opus-4-1", "anthropic", 15.00m, 75.00m, 1.50m, "USD", Closest(O200kBase)),
        new("claude-opus-4", "anthropic", 15.00m, 75.00m, 1.50m, "USD", Closest(O200kBase)),
        new("claude-sonnet-4-5", "anthropic", 3.00m, 15.00m, 0.30m, "USD", Closest(O200kBase)),
        new("claude-sonnet-4", "anthropic", 3.00m, 15.00m, 0.30m, "USD", Closest(O200kBase)),
        new("claude-3-7-sonnet", "anthropic", 3.00m, 15.00m, 0.30m, "USD", Closest(O200kBase)),
        new("claude-3-5-haiku", "anthropic", 0.80m, 4.00m, 0.08m, "USD", Closest(O200kBase)),
        new("claude-3-haiku", "anthropic", 0.25m, 1.25m, 0.03m, "USD", Closest(O200kBase)),

        // Google Gemini, USD; prompts up to 200k tokens
        new("gemini-2.5-pro", "google", 1.25m, 10.00m, 0.31m, "USD", Closest(O200kBase)),
        new("gemini-2.5-flash", "google", 0.30m, 2.50m, 0.075m, "USD", Closest(O200kBase)),
        new("gemini-2.5-flash-lite", "google", 0.10m, 0.40m, 0.025m, "USD", Closest(O200kBase)),
        new("gemini-2.0-flash", "google", 0.10m, 0.40m, 0.025m, "USD", Closest(O200kBase)),

        // DeepSeek, USD (V3.2-Exp prices; cached = cache hit)
        new("deepseek-chat", "deepseek", 0.28m, 0.42m, 0.028m, "USD", Closest(O200kBase)),
        new("deepseek-reasoner", "deepseek", 0.28m, 0.42m, 0.028m, "USD", Closest(O200kBase)),

        // Qwen on DashScope (international), USD; lowest prompt tier
        new("qwen-max", "qwen", 1.60m, 6.40m, null, "USD", Closest(O200kBase)),
        new("qwen-plus", "qwen", 0.40m, 1.20m, null, "USD", Closest(O200kBase)),
        new("qwen-turbo", "qwen", 0.05m, 0.20m, null, "USD", Closest(O200kBase)),
        new("qwen-flash", "qwen", 0.05m, 0.40m, null, "USD", Closest(O200kBase)),

        // Moonshot (platform.moonshot.cn), CNY
        new("kimi-k2-0905-preview", "moonshot", 4.00m, 16.00m, 1.00m, "CNY", Closest(O200kBase)),
        new("kimi-k2-turbo-preview", "moonshot", 8.00m, 58.00m, 1.00m, "CNY", Closest(O200kBase)),
        new("moonshot-v1-8k", "moonshot", 2.00m, 10.00m, null, "CNY", Closest(O200kBase)),
        new("moonshot-v1-32k", "moonshot", 5.00m, 20.00m, null, "CNY", Closest(O200kBase)),
        new("moonshot-v1-128k", "moonshot", 10.00m, 30.00m, null, "CNY", Closest(O200kBase)),
    ];

    // Declared after the table: static initializers run in text order within a file.

    /// <summary>The built-in table. Providers change prices: check <see cref="PricesAsOf"/> and override what moved.</summary>
    public static PriceBook Default { get; } = new(DefaultsAsOf, Defaults.ToDictionary(p => p.Model, StringComparer.OrdinalIgnoreCase));
}
