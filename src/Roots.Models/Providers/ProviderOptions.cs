namespace Roots.Models.Providers;

/// <summary>One configured provider, as <c>roots.yaml</c> names it (DESIGN.md, <c>providers</c>).</summary>
/// <param name="Name">What the user calls it; ledger rows and budgets use this name.</param>
/// <param name="Kind">The protocol and host family.</param>
/// <param name="BaseUrl">The API root, e.g. <c>https://api.deepseek.com/v1</c>; the kind's default when null.</param>
/// <param name="KeyEnv">The environment variable holding the key; never the key itself. Null for Ollama.</param>
/// <param name="Models">The models the user means to call through it; the first is the default.</param>
/// <param name="AllowHostMismatch">
/// True when the user says the base URL is a gateway for this kind (<c>allow_host_mismatch: true</c>), so a host
/// the kind does not own is called anyway; false (the default) refuses such a host (<see cref="KindHostMismatch"/>).
/// </param>
public sealed record ProviderOptions(string Name, ProviderKind Kind, Uri? BaseUrl, string? KeyEnv, IReadOnlyList<string> Models, bool AllowHostMismatch = false)
{
    /// <summary>The base URL in force: the configured one, else the kind's default.</summary>
    public Uri EffectiveBaseUrl => BaseUrl ?? ProviderCatalog.Of(Kind).DefaultBaseUrl;

    /// <summary>The model used when a command names none.</summary>
    public string? DefaultModel => Models.Count > 0 ? Models[0] : null;
}
