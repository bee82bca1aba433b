namespace Roots.Ingest.Web;

/// <summary>
/// The checks made on a URL before anything is sent: absolute, http or https, a host. Addresses
/// are checked later, at connect time, by <see cref="GuardedConnector"/>.
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
