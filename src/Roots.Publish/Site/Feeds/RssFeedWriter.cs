using System.Globalization;

namespace Roots.Publish.Site.Feeds;

/// <summary>RSS 2.0 with an <c>atom:link rel="self"</c>, as the RSS Advisory Board recommends.</summary>
public static class RssFeedWriter
{
    /// <summary>The feed document as UTF-8 bytes.</summary>
    public static byte[] Write(FeedInfo feed, IReadOnlyList<FeedEntry> entries) => SitemapWriter.Xml(w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomFeedWriter.Namespace);
        w.WriteStartElement("channel");
        w.WriteElementString("title", feed.Title);
        w.WriteElementString("link", feed.HomeUrl);
        w.WriteElementString("description", feed.Description.Length > 0 ? feed.Description : feed.Title);
        w.WriteElementString("language", feed.Language);
        if (feed.Updated is { } updated)
        {
            w.WriteElementString("lastBuildDate", Rfc822(updated));
        }

        w.WriteStartElement("atom", "link", AtomFeedWriter.Namespace);
        w.WriteAttributeString("href", feed.FeedUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var entry in entries)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", entry.Line.Title);
            w.WriteElementString("link", entry.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "true");
            w.WriteString(entry.Url);
            w.WriteEndElement();
            w.WriteElementString("pubDate", Rfc822(entry.Published));
            if (entry.Line.Summary.Length > 0)
            {
                w.WriteElementString("description", entry.Line.Summary);
            }

            foreach (string tag in entry.Line.Work.Tags)
            {
                w.WriteElementString("category", tag);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    /// <summary>RFC 822 date as RSS wants it: <c>Mon, 01 Jun 2026 00:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset date) => date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
