using System.Xml.Linq;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>RSS 1.0 and 0.90: RDF documents whose channel and items are siblings under <c>rdf:RDF</c>.</summary>
internal static class RdfParser
{
    private static readonly XNamespace _rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace _dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace _content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace[] _rss = ["http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"];

    public static Result<FeedDocument> Parse(XElement root, Uri? feedUrl)
    {
        var ns = _rss.FirstOrDefault(n => root.Element(n + "channel") is not null);
        if (ns is null)
        {
            return Result<FeedDocument>.Fail("not a feed: RDF document without an RSS channel");
        }

        var channel = root.Element(ns + "channel")!;
        return new FeedDocument
        {
            Format = FeedFormat.RssRdf,
            Title = FeedText.Plain(FeedText.Child(channel, ns + "title")),
            SiteLink = FeedLinks.Resolve(FeedText.Child(channel, ns + "link"), feedUrl),
            Description = FeedText.Child(channel, ns + "description"),
            Entries = [.. root.Elements(ns + "item").Select(item => Entry(item, ns, feedUrl))],
        };
    }

    private static FeedEntry Entry(XElement item, XNamespace ns, Uri? feedUrl)
    {
        var link = FeedLinks.Resolve(FeedText.Child(item, ns + "link"), feedUrl);
        var title = FeedText.Plain(FeedText.Child(item, ns + "title"));
        return new FeedEntry
        {
            Id = (string?)item.Attribute(_rdf + "about") ?? link?.AbsoluteUri ?? title ?? string.Empty,
            Link = link,
            Title = title,
            Summary = FeedText.Child(item, ns + "description"),
            Content = FeedText.Child(item, _content + "encoded"),
            Published = FeedDates.Parse(FeedText.Child(item, _dc + "date")),
            Authors = [.. item.Elements(_dc + "creator").Select(e => e.Value.Trim()).Where(a => a.Length > 0)],
        };
    }
}
