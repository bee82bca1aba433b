using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
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

    private static async Task<IResult> SearchAsync(
        HttpRequest request, string? q, string? mode, LibraryPool pool, SearchCache cache, IOptions<JsonOptions> json, CancellationToken cancellationToken)
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

        // The cache key is the whole query string: the same words, filters and page, in the same order.
        var query = filter.Value;
        var answer = await cache.GetOrAddAsync(request.QueryString.Value ?? "", async () =>
        {
            // Shared by every caller of this key, so no one caller's cancellation stops it.
            using var lease = await pool.RentAsync(CancellationToken.None).ConfigureAwait(false);
            var results = await lease.Library.Find.SearchAsync(q, query, snippets: true, searchMode, CancellationToken.None).ConfigureAwait(false);
            var hits = results.Select(r => new SearchHitJson(r.Item, Math.Round(r.Score, 4), r.Snippet?.ToHtml())).ToList();
            int? next = hits.Count == query.Limit ? query.Offset + hits.Count : null;
            return JsonSerializer.SerializeToUtf8Bytes(new PageJson<SearchHitJson>(hits, query.Limit, query.Offset, next), json.Value.SerializerOptions);
        }).WaitAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Bytes(answer, "application/json; charset=utf-8");
    }
}
