using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using Roots.Publish.Site.Feeds;

namespace Roots.Publish.Site.Check;

public static partial class SiteChecker
{
    private static readonly XNamespace s_atom = AtomFeedWriter.Namespace;

    private static int CheckFeeds(string root, string baseUrl, ConcurrentBag<string> problems)
    {
        int entries = 0;
        var languages = Directory.EnumerateFiles(root, "feed.xml", SearchOption.AllDirectories)
            .Select(f => Relative(root, Path.GetDirectoryName(f)!)).Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            problems.Add("feeds: no feed.xml in any language folder");
        }

        foreach (string lang in languages)
        {
            var rss = Load(root, lang + "/feed.xml", problems);
            var links = rss?.Root?.Element("channel")?.Elements("item").Select(i => (string?)i.Element("link") ?? "").ToList();
            if (rss is not null && links is null)
            {
                problems.Add($"{lang}/feed.xml: not an RSS 2.0 channel");
            }

            var atom = Load(root, lang + "/atom.xml", problems);
            var atomLinks = atom?.Root?.Elements(s_atom + "entry").Select(e => (string?)e.Element(s_atom + "link")?.Attribute("href") ?? "").ToList();
            if (atom is not null && atom.Root?.Name != s_atom + "feed")
            {
                problems.Add($"{lang}/atom.xml: not an Atom feed");
            }

            var jsonLinks = JsonFeedLinks(root, lang + "/feed.json", problems);
            foreach (var (file, list) in new[] { ("feed.xml", links), ("atom.xml", atomLinks), ("feed.json", jsonLinks) })
            {
                foreach (string link in list ?? [])
                {
                    entries++;
                    string? target = Target(baseUrl, baseUrl, link);
                    if (target is null or "" || !File.Exists(Path.Combine(root, target)))
                    {
                        problems.Add($"{lang}/{file}: entry {link} does not resolve to a page");
                    }
                }
            }

            if (links is not null && atomLinks is not null && jsonLinks is not null && !(links.SequenceEqual(atomLinks) && links.SequenceEqual(jsonLinks)))
            {
                problems.Add($"{lang}: RSS, Atom and JSON Feed list different entries");
            }
        }

        return entries;
    }

    private static List<string>? JsonFeedLinks(string root, string file, ConcurrentBag<string> problems)
    {
        string path = Path.Combine(root, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file}: missing");
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var top = document.RootElement;
            if (!top.TryGetProperty("version", out var version) || version.GetString() != JsonFeedWriter.Version
                || !top.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{file}: not a JSON Feed 1.1 (version, items)");
                return null;
            }

            return items.EnumerateArray().Select(i => i.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "").ToList();
        }
        catch (JsonException e)
        {
            problems.Add($"{file}: not JSON: {e.Message}");
            return null;
        }
    }
}
