using System.Globalization;
using System.Net;
using System.Text;
using Roots.Core.Model;
using Roots.Ingest.Feeds;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>Turns a feed entry into what the ingest pipeline collects.</summary>
public static class FeedEntryDocument
{
    /// <summary>
    /// The source of an entry: <c>feed:FEED-URL#ENTRY-ID</c>, so tagging rules can match on the feed
    /// (<c>source: "feed:*arxiv*"</c>) and an entry is one item however often its feed is polled.
    /// </summary>
    public static string SourceOf(Feed feed, FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(entry);
        return $"feed:{feed.Url}#{entry.Id}";
    }

    /// <summary>
    /// The entry as the feed carries it: its content (else its summary) as an HTML page whose
    /// title, author and date come from the entry, read like any fetched page.
    /// </summary>
    public static CollectedDocument FromEntry(Feed feed, FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(WebUtility.HtmlEncode(entry.Title ?? "")).Append("</title>");
        foreach (string author in entry.Authors)
        {
            html.Append("<meta name=\"author\" content=\"").Append(WebUtility.HtmlEncode(author)).Append("\">");
        }

        html.Append("</head><body><article>").Append(entry.Content ?? entry.Summary ?? "").Append("</article></body></html>");
        return new CollectedDocument
        {
            Source = SourceOf(feed, entry),
            Content = Encoding.UTF8.GetBytes(html.ToString()),
            FileName = entry.Link?.AbsoluteUri,
            MediaType = "text/html; charset=utf-8",
            Title = entry.Title,
            Url = entry.Link?.AbsoluteUri,
            Published = Date(entry),
        };
    }

    /// <summary>The entry with its linked article fetched in full (<c>--full</c> feeds whose entries carry only a summary).</summary>
    public static CollectedDocument FromArticle(Feed feed, FeedEntry entry, FetchResult article)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FetchedDocument.From(article, entry.Title) with { Source = SourceOf(feed, entry), Published = Date(entry) };
    }

    private static string? Date(FeedEntry entry) =>
        (entry.Published ?? entry.Updated)?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
