using Roots.Models.Providers;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// One model provider in <c>roots.yaml</c> (DESIGN.md, <c>providers</c>). The key is never here:
/// <see cref="KeyEnv"/> names the environment variable that holds it.
/// </summary>
public sealed class ProviderSettings
{
    /// <summary>What the user calls it; ledger rows, budgets and <c>--model</c> lookups use it.</summary>
    [YamlMember(Alias = "name")]
    public string Name { get; set; } = "";

    /// <summary>openai | openai-compatible | deepseek | qwen | moonshot | openrouter | anthropic | google | ollama.</summary>
    [YamlMember(Alias = "kind")]
    public string Kind { get; set; } = "openai-compatible";

    /// <summary>The API root (e.g. <c>https://api.deepseek.com/v1</c>); the kind's default when empty.</summary>
    [YamlMember(Alias = "base_url")]
    public string? BaseUrl { get; set; }

    /// <summary>The environment variable holding the key (not needed for Ollama).</summary>
    [YamlMember(Alias = "key_env")]
    public string? KeyEnv { get; set; }

    /// <summary>The models to call through it; the first is the default.</summary>
    [YamlMember(Alias = "models")]
    public List<string> Models { get; set; } = [];

    /// <summary>Another provider's name to try when this one keeps failing (optional).</summary>
    [YamlMember(Alias = "fallback")]
    public string? Fallback { get; set; }

    /// <summary>
    /// True when <see cref="BaseUrl"/> is a gateway the user runs for this kind, on a host the kind does not own
    /// (default false: such a provider is refused at every call, so its key never goes to another provider's host).
    /// </summary>
    [YamlMember(Alias = "allow_host_mismatch")]
    public bool AllowHostMismatch { get; set; }

    /// <summary>The declaration Roots.Models checks and builds clients from.</summary>
    public ProviderDeclaration ToDeclaration() => new(Name, Kind, BaseUrl, KeyEnv, Models, Fallback, AllowHostMismatch);
}
