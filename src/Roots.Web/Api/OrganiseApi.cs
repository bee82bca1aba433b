using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Core.Classification;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// Organise: <c>GET /api/tags</c> (tags in use, paged), <c>GET|PUT /api/taxonomy</c> (what roots.yaml declares; PUT rewrites
/// its categories, tags and synonyms),
/// <c>POST /api/tags/merge</c> (one tag into another on every item), <c>POST /api/items/tags</c> (one edit on many items),
/// <c>POST /api/classify</c> (rules and the classifier on some items, or every unlabelled one) and <c>POST /api/classify/train</c>.
/// </summary>
internal static class OrganiseApi
{
    public static IEndpointRouteBuilder MapOrganiseApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tags", TagsAsync);
        app.MapGet("/api/taxonomy", TaxonomyAsync);
        app.MapPut("/api/taxonomy", SaveTaxonomyAsync);
        app.MapPost("/api/tags/merge", MergeAsync);
        app.MapPost("/api/items/tags", BulkAsync);
        app.MapPost("/api/classify", ClassifyAsync);
        app.MapPost("/api/classify/train", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            var trained = await lease.Library.Classifier.TrainAsync(cancellationToken).ConfigureAwait(false);
            return trained.IsSuccess ? TypedResults.Ok(trained.Value) : Problems.BadRequest(trained.Error!);
        });
        return app;
    }

    private static async Task<IResult> TagsAsync(HttpRequest request, LibraryPool pool, CancellationToken cancellationToken)
    {
        var paging = Paging.Parse(request.Query);
        if (!paging.IsSuccess)
        {
            return Problems.BadRequest(paging.Error!);
        }

        IReadOnlyList<TagCount> counts;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            counts = await lease.Library.Vocabulary.TagCountsAsync(cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(paging.Value.Page(counts));
    }

    private static async Task<IResult> TaxonomyAsync(LibraryPool pool, CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(TaxonomyJson.Of(lease.Library.Config.Taxonomy));
    }

    /// <summary>Rewrites the taxonomy section of roots.yaml; the pool reopens the library so that every request uses it.</summary>
    private static async Task<IResult> SaveTaxonomyAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<TaxonomyEditJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var tags = (body!.Tags ?? []).Select(t => (t.Name ?? "", (IReadOnlyList<string>)(t.Synonyms ?? []))).ToList();
        Roots.Core.Result<Roots.App.Configuration.TaxonomySettings> saved;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            saved = lease.Library.TaxonomyEditor.SaveTaxonomy(body.Categories ?? [], tags);
        }

        if (!saved.IsSuccess)
        {
            return Problems.BadRequest(saved.Error!);
        }

        pool.Reload();
        return TypedResults.Ok(TaxonomyJson.Of(saved.Value));
    }

    private static async Task<IResult> MergeAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<TagMergeJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var merged = await lease.Library.Vocabulary.MergeTagsAsync(body!.From ?? "", body.Into ?? "", cancellationToken).ConfigureAwait(false);
        return merged.IsSuccess ? TypedResults.Ok(merged.Value) : Problems.BadRequest(merged.Error!);
    }

    private static async Task<IResult> ClassifyAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<ClassifyJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var ids = (body!.Items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        foreach (string id in ids)
        {
            if (await lease.Library.Lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Problems.NotFound($"no item '{id}'");
            }
        }

        var report = await lease.Library.Classifier.ClassifyAsync(ids, body.DryRun ?? false, cancellationToken).ConfigureAwait(false);
        return report.IsSuccess ? TypedResults.Ok(report.Value) : Problems.BadRequest(report.Error!);
    }

    private static async Task<IResult> BulkAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<BulkTagJson>(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var ids = (body!.Items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        foreach (string id in ids)
        {
            if (await lease.Library.Lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Problems.NotFound($"no item '{id}'; nothing was changed");
            }
        }

        var changes = await lease.Library.Tags.BulkTagAsync(ids, body.Add ?? [], body.Remove ?? [], cancellationToken).ConfigureAwait(false);
        return changes.IsSuccess ? TypedResults.Ok(new { items = changes.Value }) : Problems.BadRequest(changes.Error!);
    }
}
