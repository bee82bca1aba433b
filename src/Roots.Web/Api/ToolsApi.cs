using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// The library's other use cases over HTTP: <c>GET /api/export</c> (metadata records, as <c>roots export</c>),
/// <c>POST /api/dupes</c> (near-duplicates, as <c>roots dupes</c>; it refreshes the near-duplicate links, hence POST),
/// <c>GET /api/doctor</c> (the configuration check, as <c>roots doctor</c>; offline unless <c>probe=true</c>).
/// </summary>
internal static class ToolsApi
{
    /// <summary>Records in one export answer at most; larger exports are for the command line.</summary>
    public const int MaxExportItems = 500;

    public static IEndpointRouteBuilder MapToolsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", ExportAsync);
        app.MapPost("/api/dupes", DupesAsync);
        app.MapGet("/api/doctor", async (bool? probe, LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { findings = await lease.Library.Models.DoctorAsync(probe ?? false, cancellationToken).ConfigureAwait(false) });
        });
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpRequest request, string? format, LibraryPool pool, CancellationToken cancellationToken)
    {
        string name = string.IsNullOrWhiteSpace(format) ? "csl-json" : format.Trim();
        if (App.Publish.RecordExporter.ExportMediaType(name) is not { } mediaType)
        {
            return Problems.BadRequest($"format must be one of {string.Join(", ", App.Publish.RecordExporter.ExportFormatNames)}");
        }

        var ids = request.Query["id"].Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        if (ids.Count is 0 or > MaxExportItems)
        {
            return Problems.BadRequest($"give from 1 to {MaxExportItems} items as id=1&id=2 (roots export writes the whole library)");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        foreach (string id in ids)
        {
            if (await lease.Library.Lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Problems.NotFound($"no item '{id}'");
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var written = await lease.Library.Export.ExportAsync(ids, name, writer, cancellationToken).ConfigureAwait(false);
        return written.IsSuccess
            ? TypedResults.Text(writer.ToString(), mediaType.Contains("charset", StringComparison.OrdinalIgnoreCase) ? mediaType : mediaType + "; charset=utf-8")
            : Problems.BadRequest(written.Error!);
    }

    private static async Task<IResult> DupesAsync(LibraryPool pool, CancellationToken cancellationToken)
    {
        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var groups = await lease.Library.Duplicates.FindAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new
        {
            groups = groups.Select(g => new
            {
                items = g.Items,
                pairs = g.Pairs.Select(p => new { a = p.A, b = p.B, evidence = p.Evidence }),
            }),
        });
    }
}
