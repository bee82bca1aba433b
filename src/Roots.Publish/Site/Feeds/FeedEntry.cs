using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Site.Feeds;

/// <summary>One work as a feed lists it, in the feed's language.</summary>
/// <param name="Url">The absolute URL of the work's page in the feed's language.</param>
/// <param name="Line">The work's title, summary and authors in that language.</param>
public sealed record FeedEntry(string Url, WorkLine Line)
{
    /// <summary>The publication date at midnight UTC (the first of the month or year when only those are known).</summary>
    public DateTimeOffset Published => new(Line.Work.Date.Year, Line.Work.Date.Month ?? 1, Line.Work.Date.Day ?? 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The later of the publication date and the last change.</summary>
    public DateTimeOffset Updated => Line.Work.LastModified > Published ? Line.Work.LastModified : Published;
}
