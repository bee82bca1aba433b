using System.Net;

namespace Roots.Ingest.Web;

/// <summary>
/// The checks made on a URL before anything is sent: absolute, http or https, a host. Addresses
/// are checked later, at connect time, by <see cref="GuardedConnector"/>; <see cref="CheckAddress"/>
/// makes the part of that check that needs no network early, for URLs kept to fetch later (feeds).
/// </summary>
public static class UrlGuard
{
    /// <summary>Why <paramref name="url"/> must not be fetched, as a one-line refusal; null when it may be.</summary>
    public static string? Check(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return $"refused {url}: not an absolute URL";
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return FetchReasons.Scheme(url);
        }

        return string.IsNullOrEmpty(url.Host) ? $"refused {url}: no host" : null;
    }

    /// <summary>
    /// Why <paramref name="url"/> would be refused by the connect-time address guard, as far as
    /// that can be told without the network: a host that is an IP address in any spelling
    /// (<c>127.1</c>, <c>2130706433</c>, <c>[::1]</c>, <c>169.254.169.254</c>) or a <c>localhost</c>
    /// name, judged by <see cref="AddressGuard"/> with the same <paramref name="allow"/> exceptions
    /// as the fetcher. Null when it may be kept. Other names are resolved, and judged, only when
    /// fetched, so a subscription made offline still works. Includes <see cref="Check"/>.
    /// </summary>
    public static string? CheckAddress(Uri url, FetchAllowList allow)
    {
        ArgumentNullException.ThrowIfNull(allow);
        if (Check(url) is { } refusal)
        {
            return refusal;
        }

        string host = url.IdnHost.Trim('[', ']');
        IPAddress? address = IPAddress.TryParse(host, out var literal) ? literal : IsLocalhost(host) ? IPAddress.Loopback : null;
        if (address is null || allow.Permits(host, url.Port, address) || AddressGuard.Classify(address) is not { } why)
        {
            return null;
        }

        return FetchReasons.RefusedAddress(url, host, address, why);
    }

    /// <summary><c>localhost</c> and its subdomains always mean this machine (RFC 6761).</summary>
    private static bool IsLocalhost(string host) =>
        host.TrimEnd('.').Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        host.TrimEnd('.').EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses what a user typed or a document linked to into an absolute URL, relative ones
    /// resolved against <paramref name="baseUrl"/>; null when it is not a URL at all. The scheme
    /// is not judged here (see <see cref="Check"/>), so that a refusal can name it.
    /// </summary>
    public static Uri? Parse(string? text, Uri? baseUrl = null)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // On Unix "/a/b" parses as an absolute file: URI; in a document it is a path relative to the base.
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) &&
            (!absolute.IsFile || trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return absolute;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, trimmed, out var resolved) ? resolved : null;
    }
}
