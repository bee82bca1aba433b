namespace Roots.Ingest.Web;

/// <summary>
/// What a web page says about itself, merged from its <c>&lt;title&gt;</c>, OpenGraph,
/// <c>citation_*</c> (Google Scholar), JSON-LD (schema.org Article and its kinds, <c>@graph</c>
/// included), Dublin Core and <c>&lt;html lang&gt;</c>. Scholarly tags win over social ones
/// because they are written for catalogues, social ones for link previews (see
/// <see cref="PageMetadataReader"/> for the order of every field).
/// </summary>
public sealed record PageMetadata
{
    /// <summary>The article's title.</summary>
    public string? Title { get; init; }

    /// <summary>Authors in the order the page lists them, as written (<c>Lovelace, Ada</c> or <c>Ada Lovelace</c>).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication date, ISO 8601: <c>2024-03-05</c>, or with time <c>2024-03-05T10:00:00Z</c>, or a year.</summary>
    public string? Published { get; init; }

    /// <summary>Last modification date, same form as <see cref="Published"/>.</summary>
    public string? Modified { get; init; }

    /// <summary>The site or journal name.</summary>
    public string? SiteName { get; init; }

    /// <summary>BCP 47 language tag, e.g. <c>en-GB</c>, <c>zh-CN</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The canonical URL, absolute.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The DOI, validated and normalised (lower case, no resolver prefix), e.g. <c>10.1234/abc</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>A short description or abstract.</summary>
    public string? Description { get; init; }

    /// <summary>The kind of page: <c>ScholarlyArticle</c>, <c>NewsArticle</c>, <c>article</c> (og:type) …</summary>
    public string? Type { get; init; }
}
