using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>
/// OPML 1.0/2.0 subscription lists, the format every feed reader imports and exports
/// (<c>roots feed import FILE.opml</c>, <c>roots feed export</c>). Nested outlines become a
/// category path. Reading never throws for bad content; outlines without a usable http(s)
/// <c>xmlUrl</c> are skipped.
/// </summary>
public static class Opml
{
    /// <summary>Reads the feed outlines of an OPML document.</summary>
    public static Result<IReadOnlyList<OpmlOutline>> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };
            using var reader = XmlReader.Create(stream, settings);
            var root = XDocument.Load(reader).Root;
            if (root is null || root.Name.LocalName != "opml" || root.Element("body") is not { } body)
            {
                return Result<IReadOnlyList<OpmlOutline>>.Fail("not an OPML file: no <opml><body>");
            }

            var outlines = new List<OpmlOutline>();
            Collect(body, null, outlines);
            return outlines;
        }
        catch (XmlException ex)
        {
            return Result<IReadOnlyList<OpmlOutline>>.Fail($"malformed OPML at line {ex.LineNumber}: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Reads an OPML file.</summary>
    public static Result<IReadOnlyList<OpmlOutline>> Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Writes <paramref name="outlines"/> as OPML 2.0, grouped into folders by category.</summary>
    public static string Write(IEnumerable<OpmlOutline> outlines, string title = "Roots subscriptions", DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        var body = new XElement("body");
        foreach (var group in outlines.GroupBy(o => o.Category ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parent = body;
            foreach (var folder in group.Key.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var existing = parent.Elements("outline").FirstOrDefault(e => (string?)e.Attribute("text") == folder && e.Attribute("xmlUrl") is null);
                parent = existing ?? Added(parent, new XElement("outline", new XAttribute("text", folder), new XAttribute("title", folder)));
            }

            foreach (var outline in group)
            {
                var element = new XElement("outline",
                    new XAttribute("type", "rss"), new XAttribute("text", outline.Title), new XAttribute("title", outline.Title),
                    new XAttribute("xmlUrl", outline.FeedUrl.AbsoluteUri));
                if (outline.SiteUrl is not null)
                {
                    element.Add(new XAttribute("htmlUrl", outline.SiteUrl.AbsoluteUri));
                }

                parent.Add(element);
            }
        }

        var head = new XElement("head", new XElement("title", title));
        if (created is { } date)
        {
            head.Add(new XElement("dateCreated", date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)));
        }

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("opml", new XAttribute("version", "2.0"), head, body));
        return document.Declaration + "\n" + document.Root!.ToString() + "\n";
    }

    private static XElement Added(XElement parent, XElement child)
    {
        parent.Add(child);
        return child;
    }

    private static void Collect(XElement parent, string? category, List<OpmlOutline> outlines)
    {
        foreach (var outline in parent.Elements("outline"))
        {
            var title = ((string?)outline.Attribute("title") ?? (string?)outline.Attribute("text"))?.Trim();
            var feed = FeedLinks.Resolve((string?)outline.Attribute("xmlUrl"), null);
            if (feed is not null)
            {
                outlines.Add(new OpmlOutline(string.IsNullOrEmpty(title) ? feed.Host : title, feed,
                    FeedLinks.Resolve((string?)outline.Attribute("htmlUrl"), null), category));
            }
            else if (outline.HasElements)
            {
                Collect(outline, string.IsNullOrEmpty(title) ? category : category is null ? title : $"{category}/{title}", outlines);
            }
        }
    }
}
