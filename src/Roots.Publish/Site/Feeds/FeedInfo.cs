namespace Roots.Publish.Site.Feeds;

/// <summary>What a feed says about itself.</summary>
/// <param name="Language">The feed's language.</param>
/// <param name="Title">The site title in that language.</param>
/// <param name="Description">The site description in that language.</param>
/// <param name="HomeUrl">The absolute URL of the language's home page.</param>
/// <param name="FeedUrl">The absolute URL of this feed.</param>
/// <param name="Author">The publisher or site name, for formats that need a feed author.</param>
/// <param name="Updated">The newest change among the entries, or of the site; <c>null</c> for an empty site.</param>
public sealed record FeedInfo(string Language, string Title, string Description, string HomeUrl, string FeedUrl, string Author, DateTimeOffset? Updated);
