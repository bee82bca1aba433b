namespace Roots.Ingest.Feeds;

/// <summary>One feed subscription in an OPML file.</summary>
/// <param name="Title">The name shown for the feed.</param>
/// <param name="FeedUrl">The feed's URL (<c>xmlUrl</c>).</param>
/// <param name="SiteUrl">The site's URL (<c>htmlUrl</c>), if given.</param>
/// <param name="Category">The folder path it was filed under (<c>Science/Journals</c>), if any.</param>
public sealed record OpmlOutline(string Title, Uri FeedUrl, Uri? SiteUrl = null, string? Category = null);
