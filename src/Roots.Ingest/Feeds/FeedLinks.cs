using Roots.Ingest.Web;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Resolves links in feeds against their base (xml:base, the feed's own URL) and keeps only
/// http and https: a feed is content, and a <c>javascript:</c> or <c>file:</c> link in it must
/// never become something Roots opens or fetches.
/// </summary>
internal static class FeedLinks
{
    public static Uri? Resolve(string? href, Uri? baseUrl)
    {
        var url = UrlGuard.Parse(href, baseUrl);
        return url is not null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    /// <summary>The base for children of an element with <c>xml:base</c> (itself relative to the outer base).</summary>
    public static Uri? Rebase(string? xmlBase, Uri? outer) =>
        string.IsNullOrWhiteSpace(xmlBase) ? outer : UrlGuard.Parse(xmlBase, outer) ?? outer;
}
