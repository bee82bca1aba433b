using System.Xml.Linq;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>RSS 0.91, 0.92 and 2.0, with the content: and Dublin Core modules.</summary>
internal static class RssParser
{
    private static readonly XNamespace _content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace _dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    public static Result<FeedDocument> Parse(XElement rss, Uri? feedUrl)
    {
        if (rss.Element("channel") is not { } channel)
        {
            return Result<FeedDocument>.Fail("not a feed: <rss> without <channel>");
        }

        var baseUrl = FeedLinks.Rebase((string?)channel.Attribute(XNamespace.Xml + "base"), feedUrl);
        var entries = channel.Elements("item").Concat(rss.Elements("item")).Select(item => Entry(item, baseUrl)).ToList();
        return new FeedDocument
        {
            Format = FeedFormat.Rss,
            Title = FeedText.Plain(FeedText.Child(channel, "title")),
            SiteLink = FeedLinks.Resolve(FeedText.Child(channel, "link"), baseUrl),
            Description = FeedText.Child(channel, "description"),
            Entries = entries,
            Alternates = [.. channel.Elements(_atom + "link")
                .Where(l => (string?)l.Attribute("rel") == "alternate" && l.Attribute("type") is not null)
                .Select(l => (Type: (string)l.Attribute("type")!, Url: FeedLinks.Resolve((string?)l.Attribute("href"), baseUrl)))
                .Where(l => l.Url is not null)
                .Select(l => new FeedAlternate(l.Type, l.Url!))],
        };
    }

    private static FeedEntry Entry(XElement item, Uri? baseUrl)
    {
        var link = FeedLinks.Resolve(FeedText.Child(item, "link"), baseUrl);
        var guid = item.Element("guid");
        var guidText = guid?.Value.Trim();
        if (link is null && guidText is not null && !string.Equals((string?)guid!.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            link = FeedLinks.Resolve(guidText, baseUrl);
        }

        var title = FeedText.Plain(FeedText.Child(item, "title"));
        var authors = item.Elements(_dc + "creator").Select(e => e.Value.Trim())
            .Concat(item.Elements("author").Select(e => FeedText.Author(e.Value)))
            .Where(a => a.Length > 0).Distinct().ToList();
        return new FeedEntry
        {
            Id = NonEmpty(guidText) ?? link?.AbsoluteUri ?? title ?? FeedText.Child(item, "description") ?? string.Empty,
            Link = link,
            Title = title,
            Summary = FeedText.Child(item, "description"),
            Content = FeedText.Child(item, _content + "encoded"),
            Published = FeedDates.Parse(FeedText.Child(item, "pubDate") ?? FeedText.Child(item, _dc + "date")),
            Authors = authors,
        };
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
