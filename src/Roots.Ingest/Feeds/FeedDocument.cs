namespace Roots.Ingest.Feeds;

/// <summary>A parsed feed: RSS 0.9x/1.0/2.0, Atom and JSON Feed all read into this one shape.</summary>
public sealed record FeedDocument
{
    /// <summary>The format it was written in.</summary>
    public required FeedFormat Format { get; init; }

    /// <summary>The feed's title.</summary>
    public string? Title { get; init; }

    /// <summary>The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url).</summary>
    public Uri? SiteLink { get; init; }

    /// <summary>The feed's description or subtitle.</summary>
    public string? Description { get; init; }

    /// <summary>The entries, in feed order.</summary>
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];

    /// <summary>The same feed in other formats, by media type (e.g. an Atom feed pointing at its JSON Feed sibling).</summary>
    public IReadOnlyList<FeedAlternate> Alternates { get; init; } = [];
}

/// <summary>Another representation of a feed: its media type and URL.</summary>
public readonly record struct FeedAlternate(string MediaType, Uri Url);
