using Roots.Core;

namespace Roots.Models.Providers;

/// <summary>
/// Reads provider keys from the environment variables the configuration names, and only from
/// there (DESIGN.md: keys never enter <c>roots.yaml</c>). The lookup is injected so that tests
/// never touch the real environment.
/// </summary>
/// <param name="environment">Reads one environment variable; null when unset.</param>
public sealed class ProviderKeys(Func<string, string?> environment)
{
    /// <summary>
    /// The key of <paramref name="provider"/>: null when the kind needs none and none is named,
    /// a failure naming the variable (never its value) when it is unset or empty.
    /// </summary>
    public Result<string?> KeyOf(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        bool needsKey = ProviderCatalog.Of(provider.Kind).NeedsKey;
        if (string.IsNullOrWhiteSpace(provider.KeyEnv))
        {
            return needsKey
                ? Result<string?>.Fail($"provider '{provider.Name}' names no key_env; set key_env to the environment variable holding its key")
                : Result<string?>.Ok(null);
        }

        string? value = environment(provider.KeyEnv);
        if (string.IsNullOrWhiteSpace(value))
        {
            return needsKey
                ? Result<string?>.Fail($"provider '{provider.Name}': environment variable {provider.KeyEnv} is not set or empty; export {provider.KeyEnv}=<your key>")
                : Result<string?>.Ok(null);
        }

        return Result<string?>.Ok(value.Trim());
    }

    /// <summary>Every key the providers name that is set, for the scrubber.</summary>
    public IEnumerable<string> AllSet(IEnumerable<ProviderOptions> providers) =>
        providers.Select(p => p.KeyEnv is { Length: > 0 } env ? environment(env) : null).OfType<string>().Where(k => k.Trim().Length > 0).Select(k => k.Trim());
}
