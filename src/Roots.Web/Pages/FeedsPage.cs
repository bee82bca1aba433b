using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.Web.Api;
using Roots.App.Contracts;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary><c>/feeds</c>: the subscriptions with their last fetch, next due time and last error, and a form to add one.</summary>
internal static class FeedsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedJson> feeds;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            feeds = (await lease.Library.Feeds.ListAsync(cancellationToken).ConfigureAwait(false)).Select(FeedJson.Of).ToList();
        }

        var html = new StringBuilder("<h1>Feeds</h1>");
        html.Append($$"""
            <form id="add-feed" class="inline">
            <input name="url" type="url" placeholder="https://example.org/feed.xml" required size="40">
            every <input name="every" type="number" min="1" value="{{FeedsApi.DefaultEveryMinutes}}" size="5"> minutes
            <label><input name="full" type="checkbox"> fetch full articles</label>
            <button type="submit">Add feed</button>
            </form>
            <p id="feed-status" class="meta" aria-live="polite"></p>
            """);
        if (feeds.Count == 0)
        {
            html.Append("<p class=\"empty\">No feeds yet. RSS, Atom and JSON Feed work; the server polls the ones that are due.</p>");
            return Layout.Page(context, "Feeds", html.ToString());
        }

        html.Append("<p class=\"inline\"><button type=\"button\" id=\"poll-feeds\" class=\"secondary\">Poll all now</button></p>");
        html.Append("<table id=\"feeds\"><tr><th>Feed</th><th>Every</th><th>Last fetch</th><th>Next due</th><th>Entries</th><th>Last error</th><th></th></tr>");
        foreach (var feed in feeds)
        {
            html.Append($"<tr data-feed=\"{Html.N(feed.Id)}\"><td><a href=\"{Html.E(feed.Url)}\" rel=\"noopener noreferrer\">{Html.E(feed.Title ?? feed.Url)}</a>")
                .Append(feed.Title is null ? "" : $"<div class=\"meta key\">{Html.E(feed.Url)}</div>")
                .Append($"</td><td>{Html.N(feed.EveryMinutes)} min</td><td>{(feed.LastPolledAt is { } polled ? Html.Time(polled) : "never")}</td>")
                .Append($"<td>{Html.Time(feed.NextDue)}</td><td>{Html.N(feed.Entries)}</td><td class=\"error\">{Html.E(feed.LastError)}</td>")
                .Append($"<td><button type=\"button\" class=\"secondary\" data-feed-remove=\"{Html.N(feed.Id)}\">Remove</button></td></tr>");
        }

        html.Append("</table>");
        return Layout.Page(context, "Feeds", html.ToString());
    }
}
