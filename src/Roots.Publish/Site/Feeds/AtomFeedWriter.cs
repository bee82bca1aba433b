namespace Roots.Publish.Site.Feeds;

/// <summary>Atom 1.0 (RFC 4287): ids are the page URLs, which never change for a work.</summary>
public static class AtomFeedWriter
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document as UTF-8 bytes.</summary>
    public static byte[] Write(FeedInfo feed, IReadOnlyList<FeedEntry> entries) => SitemapWriter.Xml(w =>
    {
        w.WriteStartElement("feed", Namespace);
        w.WriteAttributeString("xml", "lang", null, feed.Language);
        w.WriteElementString("id", Namespace, feed.HomeUrl);
        w.WriteElementString("title", Namespace, feed.Title);
        if (feed.Description.Length > 0)
        {
            w.WriteElementString("subtitle", Namespace, feed.Description);
        }

        // Atom requires <updated>; an empty site uses the Unix epoch rather than the clock, to stay deterministic.
        w.WriteElementString("updated", Namespace, SitemapWriter.W3c(feed.Updated ?? DateTimeOffset.UnixEpoch));
        Link(w, "self", feed.FeedUrl, "application/atom+xml");
        Link(w, "alternate", feed.HomeUrl, "text/html");
        w.WriteStartElement("author", Namespace);
        w.WriteElementString("name", Namespace, feed.Author);
        w.WriteEndElement();
        foreach (var entry in entries)
        {
            w.WriteStartElement("entry", Namespace);
            w.WriteElementString("id", Namespace, entry.Url);
            w.WriteElementString("title", Namespace, entry.Line.Title);
            Link(w, "alternate", entry.Url, "text/html");
            w.WriteElementString("published", Namespace, SitemapWriter.W3c(entry.Published));
            w.WriteElementString("updated", Namespace, SitemapWriter.W3c(entry.Updated));
            foreach (string author in entry.Line.Authors.Split(", ", StringSplitOptions.RemoveEmptyEntries))
            {
                w.WriteStartElement("author", Namespace);
                w.WriteElementString("name", Namespace, author);
                w.WriteEndElement();
            }

            foreach (string tag in entry.Line.Work.Tags)
            {
                w.WriteStartElement("category", Namespace);
                w.WriteAttributeString("term", tag);
                w.WriteEndElement();
            }

            if (entry.Line.Summary.Length > 0)
            {
                w.WriteElementString("summary", Namespace, entry.Line.Summary);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static void Link(System.Xml.XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
