using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Roots.Publish.Site.Check;

/// <summary>
/// Verifies a published folder as a crawler would see it: every page has a title, a language and
/// a canonical URL under the base URL; every internal link, stylesheet, script and hreflang
/// alternate resolves to a file; the sitemap parses, lists every page, lists only pages that
/// exist, and its hreflang groups are reciprocal; each feed parses and links only to pages that
/// exist.
/// </summary>
/// <remarks>Reads the folder only. Pages are parsed in parallel; problems are reported sorted, one line each.</remarks>
public static partial class SiteChecker
{
    /// <summary>Checks the site in <paramref name="directory"/> published for <paramref name="baseUrl"/> (ending in <c>/</c>).</summary>
    public static SiteCheckReport Check(string directory, string baseUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseUrl);
        string root = Path.GetFullPath(directory);
        var problems = new ConcurrentBag<string>();
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Relative(root, f)).Order(StringComparer.Ordinal).ToList();
        int links = 0;
        var parser = new HtmlParser();
        Parallel.ForEach(pages, page =>
        {
            int followed = CheckPage(root, baseUrl, page, File.ReadAllText(Path.Combine(root, page)), parser, problems);
            Interlocked.Add(ref links, followed);
        });

        int sitemapUrls = CheckSitemap(root, baseUrl, pages, problems);
        int feedEntries = CheckFeeds(root, baseUrl, problems);
        return new SiteCheckReport(pages.Count, links, sitemapUrls, feedEntries, problems.Order(StringComparer.Ordinal).ToList());
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>The file an internal URL names (a folder means its index.html); <c>null</c> for an external URL.</summary>
    internal static string? Target(string baseUrl, string pageFolderUrl, string href)
    {
        if (href.StartsWith('#') || href.Length == 0)
        {
            return null;
        }

        if (!Uri.TryCreate(new Uri(pageFolderUrl), href, out var absolute))
        {
            return "";
        }

        if (absolute.Scheme is not ("http" or "https"))
        {
            return null;
        }

        string url = absolute.GetLeftPart(UriPartial.Path);
        if (!url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            return null;
        }

        string path = Uri.UnescapeDataString(url[baseUrl.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The URL of a page file's folder (<c>en/items/42/index.html</c> → <c>BASE/en/items/42/</c>); other files keep their name.</summary>
    internal static string UrlOf(string baseUrl, string file)
    {
        string path = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return Rendering.SitePaths.Absolute(baseUrl, path);
    }
}
