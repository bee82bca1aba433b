using AngleSharp.Dom;

namespace Roots.Ingest.Web;

/// <summary>
/// The hyperlinks a page makes in its own content: every <c>a href</c> outside navigation, header,
/// footer and aside (a menu linking every page to every other says nothing about what a page
/// cites), resolved against the page's URL, http and https only, without fragments, without the
/// page itself, each once, at most <see cref="MaxLinks"/>. They become the page's <c>links</c> field,
/// one per line, so that the identifiers found in fields make them mentions of collected pages.
/// Stateless and thread-safe.
/// </summary>
internal static class PageLinks
{
    /// <summary>Most links kept per page: 200. A link farm or a sitemap page stops there.</summary>
    public const int MaxLinks = 200;

    private static readonly string[] Chrome = ["nav", "header", "footer", "aside"];

    /// <summary>The page's content links as absolute URLs, in document order.</summary>
    public static List<string> Read(IDocument document, Uri? pageUrl)
    {
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var self = pageUrl is null ? null : WithoutFragment(pageUrl);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (links.Count >= MaxLinks)
            {
                break;
            }

            if (InChrome(anchor) || Resolve(anchor.GetAttribute("href"), pageUrl) is not { } url)
            {
                continue;
            }

            var absolute = WithoutFragment(url);
            if (absolute != self && seen.Add(absolute))
            {
                links.Add(absolute);
            }
        }

        return links;
    }

    private static bool InChrome(IElement anchor)
    {
        for (var parent = anchor.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Array.IndexOf(Chrome, parent.LocalName) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Uri? Resolve(string? href, Uri? pageUrl)
    {
        var trimmed = href?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.StartsWith('#'))
        {
            return null;
        }

        Uri? url = pageUrl is null
            ? Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(pageUrl, trimmed, out var resolved) ? resolved : null;
        return url is { Scheme: "http" or "https" } && url.Host.Length > 0 ? url : null;
    }

    private static string WithoutFragment(Uri url) => url.GetLeftPart(UriPartial.Query);
}
