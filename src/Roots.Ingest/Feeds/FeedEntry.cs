namespace Roots.Ingest.Feeds;

/// <summary>One entry of a feed, whatever its format.</summary>
public sealed record FeedEntry
{
    /// <summary>
    /// The entry's stable id: Atom <c>id</c>, RSS <c>guid</c>, JSON Feed <c>id</c>; else the link,
    /// else the title. What a poller compares to know which entries are new.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The entry's web page, absolute (resolved against xml:base or the feed URL); only http(s).</summary>
    public Uri? Link { get; init; }

    /// <summary>The title as plain text.</summary>
    public string? Title { get; init; }

    /// <summary>The summary or description (may be HTML).</summary>
    public string? Summary { get; init; }

    /// <summary>The full content (HTML, or text for JSON Feed <c>content_text</c>), when the feed carries it.</summary>
    public string? Content { get; init; }

    /// <summary>When first published.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When last updated.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Author names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
}
