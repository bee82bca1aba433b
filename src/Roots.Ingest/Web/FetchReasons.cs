namespace Roots.Ingest.Web;

/// <summary>The one-line reasons the fetcher gives, spelled once.</summary>
internal static class FetchReasons
{
    public static string Refused(Uri url, string why) => $"refused {url}: {why}";

    public static string RefusedAddress(Uri url, AddressRefusedException ex) =>
        RefusedAddress(url, ex.Host, ex.Address, ex.Why);

    public static string RefusedAddress(Uri url, string host, System.Net.IPAddress address, string why) =>
        Refused(url, $"{Describe(host, address, why)}; {PolicyRefusal.Hint}");

    public static string Scheme(Uri url) =>
        Refused(url, $"only http and https URLs are fetched, not {url.Scheme}:");

    public static string Status(Uri url, int status, string? reasonPhrase) =>
        $"HTTP {status}{(string.IsNullOrWhiteSpace(reasonPhrase) ? string.Empty : " " + reasonPhrase)} from {url}";

    public static string TooManyRedirects(Uri url, int max) => $"more than {max} redirects from {url}";

    public static string BodyCap(Uri url, long cap) => $"response from {url} is larger than the {Size(cap)} cap";

    public static string DecompressedCap(Uri url, long cap) =>
        $"response from {url} expands to more than the {Size(cap)} decompression cap";

    public static string Timeout(Uri url, TimeSpan limit) => $"timed out after {limit.TotalSeconds:0.###} s fetching {url}";

    private static string Describe(string host, System.Net.IPAddress address, string why) =>
        string.Equals(host, address.ToString(), StringComparison.OrdinalIgnoreCase)
            ? $"{address} is {why}"
            : $"{host} resolves to {address}, {why}";

    private static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes:N0}-byte";
}
