using Roots.Models.Providers;

namespace Roots.Models.Doctor;

/// <summary>The checks of one provider that need no network: kind against host, models, key, prices.</summary>
internal static class StaticChecks
{
    public static IEnumerable<DoctorFinding> Of(ProviderOptions provider, DoctorInput input)
    {
        var entry = ProviderCatalog.Of(provider.Kind);
        if (KindHostMismatch.Of(provider) is { } mismatch)
        {
            yield return provider.AllowHostMismatch
                ? new(FindingSeverity.Info, provider.Name, "host-mismatch-allowed",
                    $"{mismatch.Message}; allowed by allow_host_mismatch, so its key is sent there", "remove allow_host_mismatch unless this host is a gateway you trust")
                : new(FindingSeverity.Error, provider.Name, "kind-host-mismatch",
                    $"{mismatch.Message}; no call (and no probe) is sent there", mismatch.Fix);
        }

        if (provider.Models.Count == 0)
        {
            yield return new(FindingSeverity.Warning, provider.Name, "no-models",
                "no models are listed, so commands must name one with --model", "add models: [NAME] to the provider");
        }

        foreach (string model in provider.Models)
        {
            if (!entry.ServesModel(model))
            {
                yield return new(FindingSeverity.Error, provider.Name, "model-not-served",
                    $"{entry.Name} does not serve model {model}", $"use a model of {entry.Name} ({string.Join(", ", entry.ModelPrefixes.Select(p => p + "…"))}) or the kind that serves {model}");
            }

            if (input.Prices.Find(model) is null)
            {
                yield return new(FindingSeverity.Warning, provider.Name, "no-price",
                    $"model {model} has no price, so its calls cannot be costed and any budget refuses them",
                    $"add a price for {model} under prices in roots.yaml (input, output per million tokens, currency)");
            }
        }

        var key = input.Keys.KeyOf(provider);
        if (!key.IsSuccess)
        {
            yield return new(FindingSeverity.Error, provider.Name, "missing-key", key.Error!,
                provider.KeyEnv is { } env ? $"export {env}=<your key> before running roots" : "set key_env to the name of an environment variable");
        }
    }
}
