using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>/api/graph</c>: the link graph (mentions, related, near-duplicates) and the items it joins.</summary>
internal static class GraphApi
{
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            var graph = await lease.Library.Graph.GraphAsync(false, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new GraphJson(graph.Nodes.Select(n => new GraphNodeJson(n.Id, n.Title, n.Kind, n.Language)).ToList(), graph.Links));
        });
        return app;
    }
}
