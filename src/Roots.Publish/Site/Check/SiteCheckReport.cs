namespace Roots.Publish.Site.Check;

/// <summary>What <c>roots publish --check</c> found.</summary>
/// <param name="Pages">HTML pages checked.</param>
/// <param name="Links">Internal links followed.</param>
/// <param name="SitemapUrls">URLs in the sitemap(s).</param>
/// <param name="FeedEntries">Entries in all feeds.</param>
/// <param name="Problems">One line per problem, sorted; empty when the site is sound.</param>
public sealed record SiteCheckReport(int Pages, int Links, int SitemapUrls, int FeedEntries, IReadOnlyList<string> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Ok => Problems.Count == 0;
}
