namespace Roots.Ingest.Web;

/// <summary>The one-line reasons the fetcher gives, spelled once.</summary>
internal static class FetchReasons
{
    public static string Refused(Uri url, string why) => $"refused {url}: {why}";

    public static string RefusedAddress(Uri url, AddressRefusedException ex) =>
        Refused(url, $"{Describe(ex)}; allow it with fetch.allow");

    public static string Scheme(Uri url) =>
        Refused(url, $"only http and https URLs are fetched, not {url.Scheme}:");

    public static string Status(Uri url, int status, string? reasonPhrase) =>
        $"HTTP {status}{(string.IsNullOrWhiteSpace(reasonPhrase) ? string.Empty : " " + reasonPhrase)} from {url}";

    public static string TooManyRedirects(Uri url, int max) => $"more than {max} redirects from {url}";

    public static string BodyCap(Uri url, long cap) => $"response from {url} is larger than the {Size(cap)} cap";

    public static string DecompressedCap(Uri url, long cap) =>
        $"response from {url} expands to more than the {Size(cap)} decompression cap";

    public static string Timeout(Uri url, TimeSpan limit) => $"timed out after {limit.TotalSeconds:0.###} s fetching {url}";

    private static string Describe(AddressRefusedException ex) =>
        string.Equals(ex.Host, ex.Address.ToString(), StringComparison.OrdinalIgnoreCase)
            ? $"{ex.Address} is {ex.Why}"
            : $"{ex.Host} resolves to {ex.Address}, {ex.Why}";

    private static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes:N0}-byte";
}
