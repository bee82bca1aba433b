namespace Roots.Publish.Site.Model;

/// <summary>What a site is made of: its options and its works, newest first.</summary>
/// <param name="Options">The site settings.</param>
/// <param name="Works">The works; the order is the order of the home page and feeds.</param>
public sealed record SiteContent(SiteOptions Options, IReadOnlyList<SiteWork> Works);
