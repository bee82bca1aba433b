namespace Roots.Models.Providers;

/// <summary>
/// The small table of known provider kinds that <c>roots doctor</c> checks a configuration
/// against: hosts and model families. Deliberately short: it catches the classic mistakes
/// (<c>kind: google</c> pointing at DeepSeek, a GPT model sent to DeepSeek) and stays silent
/// for kinds that may serve anything (openai-compatible, openrouter, ollama).
/// </summary>
public static class ProviderCatalog
{
    private static readonly ProviderCatalogEntry[] Entries =
    [
        new(ProviderKind.OpenAi, "openai", new Uri("https://api.openai.com/v1"), ["api.openai.com"], ["gpt-", "o1", "o3", "o4", "chatgpt-", "text-embedding-"], true),
        new(ProviderKind.OpenAiCompatible, "openai-compatible", new Uri("http://127.0.0.1:8000/v1"), [], [], true),
        new(ProviderKind.DeepSeek, "deepseek", new Uri("https://api.deepseek.com/v1"), ["api.deepseek.com"], ["deepseek-"], true),
        new(ProviderKind.Qwen, "qwen", new Uri("https://dashscope.aliyuncs.com/compatible-mode/v1"), ["dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com"], ["qwen", "qwq-", "text-embedding-v"], true),
        new(ProviderKind.Moonshot, "moonshot", new Uri("https://api.moonshot.cn/v1"), ["api.moonshot.cn", "api.moonshot.ai"], ["moonshot-", "kimi-"], true),
        new(ProviderKind.OpenRouter, "openrouter", new Uri("https://openrouter.ai/api/v1"), ["openrouter.ai"], [], true),
        new(ProviderKind.Anthropic, "anthropic", new Uri("https://api.anthropic.com/v1"), ["api.anthropic.com"], ["claude-"], true),
        new(ProviderKind.Google, "google", new Uri("https://generativelanguage.googleapis.com/v1beta/openai"), ["generativelanguage.googleapis.com"], ["gemini-", "gemma-", "text-embedding-"], true),
        new(ProviderKind.Ollama, "ollama", new Uri("http://127.0.0.1:11434/v1"), [], [], false),
    ];

    /// <summary>Every known kind.</summary>
    public static IReadOnlyList<ProviderCatalogEntry> All => Entries;

    /// <summary>The entry of <paramref name="kind"/>.</summary>
    public static ProviderCatalogEntry Of(ProviderKind kind) => Entries.First(e => e.Kind == kind);

    /// <summary>The kind written as <paramref name="name"/> in <c>roots.yaml</c>, or null when unknown.</summary>
    public static ProviderKind? Parse(string? name) =>
        Entries.FirstOrDefault(e => string.Equals(e.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))?.Kind;

    /// <summary>The kinds whose hosts include <paramref name="host"/> (to say which provider a URL really belongs to).</summary>
    public static IEnumerable<ProviderCatalogEntry> OwnersOf(string host) =>
        Entries.Where(e => e.Hosts.Count > 0 && e.ServesHost(host));
}
