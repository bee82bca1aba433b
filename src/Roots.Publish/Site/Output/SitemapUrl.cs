namespace Roots.Publish.Site.Output;

/// <summary>One page as the sitemap lists it.</summary>
/// <param name="Path">The page folder relative to the site root (<c>en/items/42/</c>; empty for the root).</param>
/// <param name="Alternates">The same page in each language (hreflang, folder), this one included; fewer than two means none.</param>
/// <param name="XDefault">The folder for <c>x-default</c>; <c>null</c> for none.</param>
/// <param name="LastModified">When what the page shows last changed; <c>null</c> when unknown.</param>
public sealed record SitemapUrl(string Path, IReadOnlyList<(string Lang, string Path)> Alternates, string? XDefault, DateTimeOffset? LastModified);
