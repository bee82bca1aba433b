using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.Contracts;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>GET /api/feeds</c> (paged), <c>POST /api/feeds</c> (subscribe), <c>POST /api/feeds/poll</c> (poll what is due, or all), <c>DELETE /api/feeds/{id}</c> (unsubscribe; items stay).</summary>
internal static class FeedsApi
{
    /// <summary>How often a new feed is due unless the request says otherwise.</summary>
    public const int DefaultEveryMinutes = 60;

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feeds", ListAsync);
        app.MapPost("/api/feeds", AddAsync);
        app.MapDelete("/api/feeds/{id}", RemoveAsync);
        app.MapPost("/api/feeds/poll", PollAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, LibraryPool pool, CancellationToken cancellationToken)
    {
        var paging = Paging.Parse(request.Query);
        if (!paging.IsSuccess)
        {
            return Problems.BadRequest(paging.Error!);
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var feeds = await lease.Library.Feeds.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(paging.Value.Page(feeds.Select(FeedJson.Of).ToList()));
    }

    private static async Task<IResult> AddAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<FeedAddJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        int minutes = body!.EveryMinutes ?? DefaultEveryMinutes;
        if (minutes is < 1 or > 60 * 24 * 365)
        {
            return Problems.BadRequest("everyMinutes must be from 1 to 525600");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var added = await lease.Library.Feeds.AddAsync(body.Url ?? "", TimeSpan.FromMinutes(minutes), body.Full ?? false, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Problems.BadRequest(added.Error!);
        }

        var feed = FeedJson.Of(added.Value.Feed);
        return added.Value.Created ? TypedResults.Created($"/api/feeds/{feed.Id}", feed) : TypedResults.Ok(feed);
    }

    /// <summary>Polls the feeds that are due now (or all, with <c>all=true</c>), as the server does every few minutes.</summary>
    private static async Task<IResult> PollAsync(bool? all, LibraryPool pool, CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var report = await lease.Library.Feeds.PollAsync(all ?? false, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new
        {
            feeds = report.Feeds.Select(f => new { feed = FeedJson.Of(f.Feed), status = f.Status, newEntries = f.NewEntries, error = f.Error }),
            items = AddReportJson.Of(report.Items),
        });
    }

    private static async Task<IResult> RemoveAsync(string id, LibraryPool pool, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return Problems.NotFound($"no feed '{id}' (feeds are named by number here)");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var removed = await lease.Library.Feeds.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        return removed.IsSuccess ? TypedResults.Ok(FeedJson.Of(removed.Value)) : Problems.NotFound($"no feed '{id}'");
    }
}
