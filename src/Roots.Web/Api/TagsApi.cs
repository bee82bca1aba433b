using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>POST /api/items/{id}/tags</c> <c>{"add":[…],"remove":[…],"category":…}</c>: the user's tag edit.</summary>
internal static class TagsApi
{
    public static IEndpointRouteBuilder MapTagsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/items/{id}/tags", EditAsync);
        return app;
    }

    private static async Task<IResult> EditAsync(string id, HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (edit, error) = await JsonBody.ReadAsync<TagEditJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        if (await lease.Library.Lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return Problems.NotFound($"no item '{id}'");
        }

        var change = await lease.Library.Tags.TagAsync(id, edit!.Add ?? [], edit.Remove ?? [], edit.Category, cancellationToken).ConfigureAwait(false);
        return change.IsSuccess ? TypedResults.Ok(change.Value) : Problems.BadRequest(change.Error!);
    }
}
