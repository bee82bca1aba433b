namespace Roots.Ingest.Feeds;

/// <summary>The syndication format a feed was written in.</summary>
public enum FeedFormat
{
    /// <summary>RSS 0.91, 0.92 or 2.0 (<c>&lt;rss&gt;</c>).</summary>
    Rss,

    /// <summary>RSS 0.90 or 1.0, RDF-based (<c>&lt;rdf:RDF&gt;</c>).</summary>
    RssRdf,

    /// <summary>Atom 1.0 (RFC 4287).</summary>
    Atom,

    /// <summary>JSON Feed 1.0 or 1.1.</summary>
    JsonFeed,
}
