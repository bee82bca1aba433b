namespace Roots.Models.Providers;

/// <summary>
/// A provider whose declared kind does not own the host of its base URL: the classic misconfiguration
/// (<c>kind: google</c> with DeepSeek's base URL) that would send one provider's key to another provider's host.
/// </summary>
/// <remarks>
/// Such a provider is refused at every call, before any request leaves: the kind says whose key it is, and a
/// key is only sent to hosts of that kind. A user who really runs a gateway says so with
/// <c>kind: openai-compatible</c> (any host) or <c>allow_host_mismatch: true</c> on the provider.
/// Kinds without known hosts (openai-compatible, ollama) never mismatch, so loopback servers keep working.
/// </remarks>
/// <param name="Kind">The declared kind's name.</param>
/// <param name="Host">The base URL's host.</param>
/// <param name="Owner">The kind that does own the host, if Roots knows one.</param>
/// <param name="Fix">What to change in <c>roots.yaml</c>.</param>
public sealed record KindHostMismatch(string Kind, string Host, string? Owner, string Fix)
{
    /// <summary>"kind google does not match base_url host api.deepseek.com, which belongs to deepseek".</summary>
    public string Message => $"kind {Kind} does not match base_url host {Host}{(Owner is null ? "" : $", which belongs to {Owner}")}";

    /// <summary>The mismatch of <paramref name="provider"/>, whether or not the user allowed it; null when the kind owns the host.</summary>
    public static KindHostMismatch? Of(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var entry = ProviderCatalog.Of(provider.Kind);
        string host = provider.EffectiveBaseUrl.Host;
        if (entry.ServesHost(host))
        {
            return null;
        }

        var owner = ProviderCatalog.OwnersOf(host).FirstOrDefault();
        string fix = (owner is null
                ? $"set base_url to {entry.DefaultBaseUrl}"
                : $"set kind: {owner.Name}, or base_url: {entry.DefaultBaseUrl}")
            + "; for a gateway you run, set kind: openai-compatible or allow_host_mismatch: true on the provider";
        return new KindHostMismatch(entry.Name, host, owner?.Name, fix);
    }

    /// <summary>The mismatch that stops every call of <paramref name="provider"/>: one it has and did not allow.</summary>
    public static KindHostMismatch? Blocking(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.AllowHostMismatch ? null : Of(provider);
    }

    /// <summary>The one line a call fails with.</summary>
    public string Refusal(string providerName) =>
        $"provider '{providerName}': {Message}, so no request (and no key) is sent there; {Fix} (roots doctor)";
}
