using System.Net.Http.Headers;
using Roots.Models.Providers;

namespace Roots.Models.Doctor;

/// <summary>
/// Checks the providers of a configuration and the environment before the first call, so that
/// a misconfiguration is caught once with its fix instead of being retried all night: a kind
/// whose hosts do not include the base URL's host, a model the kind does not serve, a missing
/// key, a key written into the file, an endpoint that does not answer or has no models route,
/// a model without a price, no budget. Findings never contain a key.
/// </summary>
public static class ProviderDoctor
{
    /// <summary>Runs every check; endpoints are probed with <c>GET {base_url}/models</c> when <paramref name="http"/> is given.</summary>
    /// <param name="input">The configuration and environment.</param>
    /// <param name="http">The client probes use, or null to skip probing.</param>
    /// <param name="probeTimeout">How long one probe may take (a few seconds: doctor must stay quick).</param>
    /// <param name="cancellationToken">Stops the probes.</param>
    public static async Task<IReadOnlyList<DoctorFinding>> ExamineAsync(DoctorInput input, HttpClient? http, TimeSpan probeTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var findings = new List<DoctorFinding>();
        findings.AddRange(KeysInFile.Find(input.ConfigText));
        if (input.Providers.Count == 0)
        {
            findings.Add(new(FindingSeverity.Info, "providers", "no-providers",
                "no model providers are configured; summarize and ask need one",
                "add a provider under providers in roots.yaml (name, kind, base_url, key_env, models)"));
            return findings;
        }

        foreach (var declaration in input.Providers)
        {
            var options = declaration.Parse();
            if (!options.IsSuccess)
            {
                findings.Add(new(FindingSeverity.Error, declaration.Name, "invalid-provider", options.Error!, "correct the provider in roots.yaml"));
                continue;
            }

            findings.AddRange(StaticChecks.Of(options.Value, input));
            var key = input.Keys.KeyOf(options.Value);
            // Never probe a host just judged wrong: the probe would carry the key there.
            if (http is not null && KindHostMismatch.Blocking(options.Value) is null)
            {
                var probe = await EndpointProbe.CheckAsync(options.Value, key.IsSuccess ? key.Value : null, http, probeTimeout, cancellationToken).ConfigureAwait(false);
                if (probe is not null)
                {
                    findings.Add(probe);
                }
            }
        }

        if (!input.BudgetsSet)
        {
            findings.Add(new(FindingSeverity.Warning, "budgets", "no-budget",
                "no budget is set, so nothing stops a batch from spending without limit",
                "add budgets: { daily: { amount: 1.00, currency: USD }, monthly: { amount: 20.00, currency: USD } } to roots.yaml"));
        }

        return findings;
    }

    /// <summary>An HTTP client for probes: no automatic redirects to other hosts, no own timeout (the probe sets one).</summary>
    public static HttpClient CreateProbeClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(3) }) { Timeout = Timeout.InfiniteTimeSpan };

    internal static void Authorize(HttpRequestMessage request, string? key)
    {
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
    }
}
