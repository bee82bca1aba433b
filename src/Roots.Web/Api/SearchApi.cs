using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.UseCases;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>/api/search?q=&amp;mode=&amp;lang=&amp;tag=&amp;limit=&amp;offset=</c>: ranked items with highlighted snippets.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync);
        return app;
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, string? q, string? mode, LibraryPool pool, CancellationToken cancellationToken)
    {
        var filter = ItemQuery.Parse(request.Query);
        if (!filter.IsSuccess)
        {
            return Problems.BadRequest(filter.Error!);
        }

        if (!Enum.TryParse<SearchMode>(string.IsNullOrWhiteSpace(mode) ? "auto" : mode, ignoreCase: true, out var searchMode) || !Enum.IsDefined(searchMode))
        {
            return Problems.BadRequest("mode must be auto, lexical, semantic or hybrid");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(new PageJson<SearchHitJson>([], filter.Value.Limit, filter.Value.Offset, null));
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var results = await lease.Library.SearchAsync(q, filter.Value, snippets: true, searchMode, cancellationToken).ConfigureAwait(false);
        var hits = results.Select(r => new SearchHitJson(r.Item, Math.Round(r.Score, 4), r.Snippet?.ToHtml())).ToList();
        int? next = hits.Count == filter.Value.Limit ? filter.Value.Offset + hits.Count : null;
        return TypedResults.Ok(new PageJson<SearchHitJson>(hits, filter.Value.Limit, filter.Value.Offset, next));
    }
}
