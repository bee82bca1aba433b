using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.Embedding;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// The library's upkeep, as the CLI has it: <c>POST /api/verify</c> (re-hash every original, check the
/// database and the index), <c>POST /api/reindex</c> (rebuild the search index), <c>POST /api/embed</c>
/// (run pending embeddings now rather than at the next background round) and <c>GET /api/feeds/opml</c>
/// (the subscriptions as OPML). Verify changes nothing but reads every original, so it is a POST:
/// a prefetching browser or a crawler must not start it.
/// </summary>
internal static class MaintenanceApi
{
    public static IEndpointRouteBuilder MapMaintenanceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/verify", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            var report = await lease.Library.Upkeep.VerifyAsync(null, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new
            {
                sound = report.IsSound,
                items = report.Items,
                versionsChecked = report.VersionsChecked,
                indexEntries = report.IndexEntries,
                unreferencedOriginals = report.UnreferencedOriginals,
                problems = report.Problems,
            });
        });
        app.MapPost("/api/reindex", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            long entries = await lease.Library.Upkeep.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { indexEntries = entries });
        });
        app.MapPost("/api/embed", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            // The same lock as roots embed and the background round: one embedder per library at a time.
            using var gate = EmbedLock.TryAcquire(lease.Library.Directory);
            if (gate is null)
            {
                return Problems.Conflict("embeddings are already being made (roots embed, or the background round); try again when it ends");
            }

            var report = await lease.Library.Embeddings.EmbedPendingAsync(null, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { items = report.Items, chunks = report.Chunks, pending = report.Pending, relatedLinks = report.RelatedLinks });
        });
        app.MapGet("/api/feeds/opml", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            string opml = await lease.Library.Feeds.ExportOpmlAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Text(opml, "text/x-opml; charset=utf-8");
        });
        return app;
    }
}
