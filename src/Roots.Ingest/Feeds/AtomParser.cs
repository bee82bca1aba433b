using System.Xml.Linq;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>Atom 1.0 (RFC 4287), xml:base honoured on the feed and on each entry.</summary>
internal static class AtomParser
{
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    public static Result<FeedDocument> Parse(XElement feed, Uri? feedUrl)
    {
        var baseUrl = FeedLinks.Rebase((string?)feed.Attribute(XNamespace.Xml + "base"), feedUrl);
        var feedAuthors = Authors(feed);
        return new FeedDocument
        {
            Format = FeedFormat.Atom,
            Title = FeedText.Plain(Text(feed.Element(_atom + "title"))),
            SiteLink = Links(feed, baseUrl).FirstOrDefault(l => l.Rel == "alternate" && (l.Type is null || l.Type.Contains("html"))).Url,
            Description = Text(feed.Element(_atom + "subtitle")),
            Entries = [.. feed.Elements(_atom + "entry").Select(e => Entry(e, baseUrl, feedAuthors))],
            Alternates = [.. Links(feed, baseUrl)
                .Where(l => l.Rel == "alternate" && l.Type is not null && !l.Type.Contains("html"))
                .Select(l => new FeedAlternate(l.Type!, l.Url!))],
        };
    }

    private static FeedEntry Entry(XElement entry, Uri? feedBase, IReadOnlyList<string> feedAuthors)
    {
        var baseUrl = FeedLinks.Rebase((string?)entry.Attribute(XNamespace.Xml + "base"), feedBase);
        var link = Links(entry, baseUrl).FirstOrDefault(l => l.Rel == "alternate").Url;
        var title = FeedText.Plain(Text(entry.Element(_atom + "title")));
        var authors = Authors(entry);
        return new FeedEntry
        {
            Id = FeedText.Child(entry, _atom + "id") ?? link?.AbsoluteUri ?? title ?? string.Empty,
            Link = link,
            Title = title,
            Summary = Text(entry.Element(_atom + "summary")),
            Content = Text(entry.Element(_atom + "content")),
            Published = FeedDates.Parse(FeedText.Child(entry, _atom + "published")),
            Updated = FeedDates.Parse(FeedText.Child(entry, _atom + "updated")),
            Authors = authors.Count > 0 ? authors : feedAuthors,
        };
    }

    /// <summary>The links with rel (default alternate), type and resolved http(s) URL.</summary>
    private static IEnumerable<(string Rel, string? Type, Uri? Url)> Links(XElement parent, Uri? baseUrl) =>
        parent.Elements(_atom + "link")
            .Select(l => (Rel: ((string?)l.Attribute("rel") ?? "alternate").Trim(), Type: (string?)l.Attribute("type"),
                Url: FeedLinks.Resolve((string?)l.Attribute("href"), FeedLinks.Rebase((string?)l.Attribute(XNamespace.Xml + "base"), baseUrl))))
            .Where(l => l.Url is not null);

    private static List<string> Authors(XElement parent) =>
        [.. parent.Elements(_atom + "author").Select(a => FeedText.Child(a, _atom + "name")).OfType<string>()];

    /// <summary>An Atom text construct: text and html as their value (html stays HTML), xhtml as the markup inside its div.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Attribute("type") == "xhtml")
        {
            var div = element.Elements().FirstOrDefault() ?? element;
            var inner = string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(inner) ? null : inner.Trim();
        }

        return string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
    }
}
