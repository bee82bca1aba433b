using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Model;

/// <summary>
/// The site-wide settings of a published site: its titles, description, base URL, languages,
/// about text and the journal metadata every page head carries.
/// </summary>
/// <remarks>Immutable and thread-safe; the App layer builds one from <c>roots.yaml</c>'s <c>site:</c> section.</remarks>
public sealed record SiteOptions
{
    /// <summary>The absolute http(s) URL the site will be served from, ending in <c>/</c>; canonical URLs, sitemap and feeds use it.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The languages pages are written in, first is the default (<c>x-default</c>); at least one.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The site title per language; a language without one uses the first.</summary>
    public IReadOnlyList<LocalizedText> Titles { get; init; } = [];

    /// <summary>The site description per language (home page, feeds, meta description).</summary>
    public IReadOnlyList<LocalizedText> Descriptions { get; init; } = [];

    /// <summary>The about page's text per language (plain text, paragraphs separated by blank lines).</summary>
    public IReadOnlyList<LocalizedText> About { get; init; } = [];

    /// <summary>The journal the items are published in (ISSN, publisher, licence, default authors); <c>null</c> for none.</summary>
    public Journal? Journal { get; init; }

    /// <summary>How many items the home page and the feeds list (default 30).</summary>
    public int LatestCount { get; init; } = 30;

    /// <summary>A folder whose <c>*.liquid</c>, <c>site.css</c> and <c>search.js</c> replace the default theme's; <c>null</c> for none.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>URLs per sitemap file before the sitemap is split under a sitemap index (50,000 by the protocol).</summary>
    public int SitemapLimit { get; init; } = 50_000;

    /// <summary>The title in <paramref name="language"/>, else the first, else "Roots".</summary>
    public string TitleIn(string language) => Localized.Pick(Titles, language)?.Text ?? "Roots";

    /// <summary>The description in <paramref name="language"/>, else the first, else empty.</summary>
    public string DescriptionIn(string language) => Localized.Pick(Descriptions, language)?.Text ?? "";
}
