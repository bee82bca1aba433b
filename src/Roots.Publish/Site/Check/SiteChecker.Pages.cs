using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Roots.Publish.Site.Check;

public static partial class SiteChecker
{
    private static int CheckPage(string root, string baseUrl, string page, string html, HtmlParser parser, ConcurrentBag<string> problems)
    {
        using var document = parser.ParseDocument(html);
        string url = UrlOf(baseUrl, page);
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            problems.Add($"{page}: no <title>");
        }

        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add($"{page}: no lang on <html>");
        }

        string? canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        if (canonical is null)
        {
            problems.Add($"{page}: no canonical URL");
        }
        else if (canonical != url)
        {
            problems.Add($"{page}: canonical URL {canonical} is not the page's own URL {url}");
        }

        int followed = 0;
        var references = document.QuerySelectorAll("a[href], link[href], script[src]")
            .Select(e => e.GetAttribute(e.LocalName == "script" ? "src" : "href")!)
            .Distinct(StringComparer.Ordinal);
        foreach (string href in references)
        {
            string? target = Target(baseUrl, url, href);
            if (target is null)
            {
                continue;
            }

            followed++;
            if (target.Length == 0 || !File.Exists(Path.Combine(root, target)))
            {
                problems.Add($"{page}: broken link {href}");
            }
        }

        return followed;
    }
}
