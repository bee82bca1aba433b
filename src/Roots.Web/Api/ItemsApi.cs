using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.UseCases;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>/api/items</c>: the list with filters and paging, one item, its related items.</summary>
internal static class ItemsApi
{
    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/items", ListAsync);
        app.MapGet("/api/items/{id}", ShowAsync);
        app.MapGet("/api/items/{id}/related", RelatedAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, LibraryPool pool, CancellationToken cancellationToken)
    {
        var filter = ItemQuery.Parse(request.Query);
        if (!filter.IsSuccess)
        {
            return Problems.BadRequest(filter.Error!);
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var items = await lease.Library.Read.ListAsync(filter.Value, cancellationToken).ConfigureAwait(false);
        int? next = items.Count == filter.Value.Limit ? filter.Value.Offset + items.Count : null;
        return TypedResults.Ok(new PageJson<Roots.Core.Model.Item>(items, filter.Value.Limit, filter.Value.Offset, next));
    }

    private static async Task<IResult> ShowAsync(string id, LibraryPool pool, CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var details = await lease.Library.Read.ShowAsync(id, cancellationToken).ConfigureAwait(false);
        return details is null ? Problems.NotFound($"no item '{id}'") : TypedResults.Ok(ToJson(details));
    }

    private static async Task<IResult> RelatedAsync(string id, int? limit, LibraryPool pool, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > ItemQuery.MaxLimit)
        {
            return Problems.BadRequest($"limit must be from 1 to {ItemQuery.MaxLimit}");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var related = await lease.Library.Related.RelatedAsync(id, limit ?? 10, cancellationToken).ConfigureAwait(false);
        return related is null ? Problems.NotFound($"no item '{id}'") : TypedResults.Ok(related);
    }

    internal static ItemDetailJson ToJson(ItemDetails details) => new(
        details.Item,
        details.Text,
        details.Fields,
        details.Summary,
        details.Keywords,
        details.Identifiers.Select(Identifiers.Parse).ToList(),
        details.TagDetails,
        details.Category,
        details.Mentions,
        details.Backlinks,
        details.Related,
        details.Versions.Select(v => new VersionJson(v.Number, v.Sha256, v.Size, v.MediaType, v.CollectedAt, v.TextLength, "/original/" + v.Sha256)).ToList(),
        details.Translations)
    {
        Attachments = details.Attachments,
        AttachmentOf = details.AttachmentOf,
    };
}
