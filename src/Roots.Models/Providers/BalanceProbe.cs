using System.Globalization;
using System.Text.Json;
using Roots.Tokens.Pricing;

namespace Roots.Models.Providers;

/// <summary>
/// Reads the remaining balance where a provider exposes one: DeepSeek's <c>/user/balance</c>
/// and OpenRouter's <c>/credits</c>. Best effort: any failure is "unknown" (null), never an error.
/// </summary>
public static class BalanceProbe
{
    /// <summary>The remaining balance of <paramref name="provider"/>, or null when it has no balance endpoint or did not answer.</summary>
    public static async Task<Money?> ReadAsync(ProviderOptions provider, string? key, HttpClient http, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(http);
        string root = provider.EffectiveBaseUrl.ToString().TrimEnd('/');
        string? path = provider.Kind switch
        {
            ProviderKind.DeepSeek => (root.EndsWith("/v1", StringComparison.Ordinal) ? root[..^3] : root) + "/user/balance",
            ProviderKind.OpenRouter => root + "/credits",
            _ => null,
        };
        if (path is null || key is null || KindHostMismatch.Blocking(provider) is not null)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false));
            return provider.Kind == ProviderKind.DeepSeek ? DeepSeek(document.RootElement) : OpenRouter(document.RootElement);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    // {"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"110.00",…}]}
    private static Money? DeepSeek(JsonElement root)
    {
        if (!root.TryGetProperty("balance_infos", out var infos) || infos.ValueKind != JsonValueKind.Array || infos.GetArrayLength() == 0)
        {
            return null;
        }

        var first = infos[0];
        string? amount = first.GetProperty("total_balance").ToString();
        return Money.Of(decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture), first.GetProperty("currency").GetString()!);
    }

    // {"data":{"total_credits":50,"total_usage":42.5}}, in US dollars.
    private static Money? OpenRouter(JsonElement root)
    {
        var data = root.GetProperty("data");
        return Money.Of(data.GetProperty("total_credits").GetDecimal() - data.GetProperty("total_usage").GetDecimal(), "USD");
    }
}
