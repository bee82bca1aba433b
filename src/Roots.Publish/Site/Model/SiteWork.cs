using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Model;

/// <summary>
/// One published work: an article in all the language versions the library holds (each a
/// separate item), with what links it to the rest of the site.
/// </summary>
/// <remarks>
/// The site writes one page per work per site language: the version in that language when there
/// is one, else the original (first version) under that language's navigation, with whatever
/// translated title and abstract the original's record carries. Immutable and thread-safe.
/// </remarks>
public sealed record SiteWork
{
    /// <summary>The URL segment of the work (<c>en/items/{Slug}/</c>): the original item's number; unique in the site.</summary>
    public required string Slug { get; init; }

    /// <summary>The language versions, the original first; at least one.</summary>
    public required IReadOnlyList<SiteVersion> Versions { get; init; }

    /// <summary>Tags (lower case) for the tag indexes.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The category for the category index; <c>null</c> for none.</summary>
    public string? Category { get; init; }

    /// <summary>The date shown, filed under and sorted by: the publication date, else the day it was collected.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>When the work last changed (the newest version's collection time): sitemap <c>lastmod</c>, feed <c>updated</c>.</summary>
    public required DateTimeOffset LastModified { get; init; }

    /// <summary>Slugs of works like this one, best first (only works in the site).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Slugs of works that mention this one (only works in the site).</summary>
    public IReadOnlyList<string> Backlinks { get; init; } = [];

    /// <summary>
    /// A fingerprint of everything the work's own pages are made of, when the caller can give one
    /// cheaply (item ids and versions); <c>null</c> lets the renderer hash the content itself.
    /// Pages whose inputs have the same fingerprint as last time are not rendered again.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>The original version.</summary>
    public SiteVersion Original => Versions[0];

    /// <summary>The version in <paramref name="language"/>, else the original.</summary>
    public SiteVersion VersionFor(string language) =>
        Versions.FirstOrDefault(v => Localized.Primary(v.Language) == Localized.Primary(language)) ?? Original;
}
