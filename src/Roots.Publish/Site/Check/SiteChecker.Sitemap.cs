using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using Roots.Publish.Site.Feeds;

namespace Roots.Publish.Site.Check;

public static partial class SiteChecker
{
    private static readonly XNamespace s_sm = SitemapWriter.Namespace;
    private static readonly XNamespace s_xhtml = SitemapWriter.XhtmlNamespace;

    private static int CheckSitemap(string root, string baseUrl, IReadOnlyList<string> pages, ConcurrentBag<string> problems)
    {
        var urls = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var files = new List<string> { "sitemap.xml" };
        for (int i = 0; i < files.Count; i++)
        {
            var document = Load(root, files[i], problems);
            if (document?.Root is not { } top)
            {
                continue;
            }

            if (top.Name == s_sm + "sitemapindex")
            {
                foreach (string loc in top.Elements(s_sm + "sitemap").Select(s => (string?)s.Element(s_sm + "loc") ?? ""))
                {
                    string? part = Target(baseUrl, baseUrl, loc);
                    if (part is null or "")
                    {
                        problems.Add($"{files[i]}: sitemap {loc} is not under {baseUrl}");
                        continue;
                    }

                    files.Add(part);
                }

                continue;
            }

            foreach (var entry in top.Elements(s_sm + "url"))
            {
                string loc = (string?)entry.Element(s_sm + "loc") ?? "";
                var alternates = entry.Elements(s_xhtml + "link").Select(l => ((string?)l.Attribute("hreflang") ?? "") + " " + ((string?)l.Attribute("href") ?? "")).ToHashSet(StringComparer.Ordinal);
                if (!urls.TryAdd(loc, alternates))
                {
                    problems.Add($"{files[i]}: {loc} is listed twice");
                }
            }
        }

        foreach (var (loc, alternates) in urls)
        {
            string? file = Target(baseUrl, baseUrl, loc);
            if (file is null or "" || !File.Exists(Path.Combine(root, file)))
            {
                problems.Add($"sitemap: {loc} does not exist");
            }

            foreach (string alternate in alternates)
            {
                string href = alternate[(alternate.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                if (!urls.TryGetValue(href, out var other))
                {
                    problems.Add($"sitemap: {loc} names alternate {href}, which the sitemap does not list");
                }
                else if (!alternate.StartsWith("x-default ", StringComparison.Ordinal) && !other.SetEquals(alternates))
                {
                    problems.Add($"sitemap: the alternates of {loc} and {href} are not reciprocal");
                }
            }
        }

        foreach (string page in pages.Where(p => !urls.ContainsKey(UrlOf(baseUrl, p))))
        {
            problems.Add($"sitemap: {page} is not listed");
        }

        return urls.Count;
    }

    private static XDocument? Load(string root, string file, ConcurrentBag<string> problems)
    {
        string path = Path.Combine(root, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file}: missing");
            return null;
        }

        try
        {
            return XDocument.Load(path);
        }
        catch (XmlException e)
        {
            problems.Add($"{file}: not well-formed XML: {e.Message}");
            return null;
        }
    }
}
