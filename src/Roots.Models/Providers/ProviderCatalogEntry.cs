namespace Roots.Models.Providers;

/// <summary>What Roots knows about one provider kind: its hosts, its default endpoint and the models it serves.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The name written in <c>roots.yaml</c>.</param>
/// <param name="DefaultBaseUrl">Where it answers when no base URL is configured.</param>
/// <param name="Hosts">Host names (or suffixes) its endpoints live on; empty when any host is fine.</param>
/// <param name="ModelPrefixes">Prefixes of the model names it serves; empty when any model is fine.</param>
/// <param name="NeedsKey">False for a local Ollama.</param>
public sealed record ProviderCatalogEntry(
    ProviderKind Kind, string Name, Uri DefaultBaseUrl, IReadOnlyList<string> Hosts, IReadOnlyList<string> ModelPrefixes, bool NeedsKey)
{
    /// <summary>True when <paramref name="host"/> is one of this kind's hosts (or any host is fine).</summary>
    public bool ServesHost(string host) =>
        Hosts.Count == 0 || Hosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when this kind serves <paramref name="model"/> (or serves any model).</summary>
    public bool ServesModel(string model) =>
        ModelPrefixes.Count == 0 || ModelPrefixes.Any(p => model.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
