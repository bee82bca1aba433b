using Roots.Models.Providers;

namespace Roots.Models.Doctor;

/// <summary>
/// Asks a provider's <c>GET {base_url}/models</c> with a short timeout: the cheapest request
/// every OpenAI-compatible server answers, and one that costs no tokens.
/// </summary>
internal static class EndpointProbe
{
    public static async Task<DoctorFinding?> CheckAsync(ProviderOptions provider, string? key, HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = new Uri(provider.EffectiveBaseUrl.ToString().TrimEnd('/') + "/models");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        ProviderDoctor.Authorize(request, key);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => null,
                404 => new(FindingSeverity.Error, provider.Name, "models-route-404",
                    $"{url} answers 404, so base_url is probably wrong (a missing /v1, or another provider's path)",
                    $"set base_url to the API root that serves /models (for {ProviderCatalog.Of(provider.Kind).Name}: {ProviderCatalog.Of(provider.Kind).DefaultBaseUrl})"),
                401 or 403 => new(FindingSeverity.Error, provider.Name, "key-rejected",
                    $"{url.Host} rejects the key (HTTP {status})",
                    provider.KeyEnv is { } env ? $"put a valid key for {url.Host} in {env}" : "configure key_env"),
                _ => new(FindingSeverity.Warning, provider.Name, "endpoint-status",
                    $"{url} answers HTTP {status}", "check the provider's status page, then run roots doctor again"),
            };
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            string why = e is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0.#} s" : "connection failed";
            return new(FindingSeverity.Error, provider.Name, "endpoint-unreachable",
                $"{url.GetLeftPart(UriPartial.Authority)} does not answer ({why})",
                "check base_url, the network, and that the server (e.g. ollama serve) is running");
        }
    }
}
