using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.App.Models;
using Roots.Core.Model;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary><c>/api/jobs</c>, <c>/api/costs</c>, <c>/api/language-tax</c>, <c>/api/status</c>: durable jobs, the model ledger, tokens per 1,000 characters by language, and provider health.</summary>
internal static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs", JobsAsync);
        app.MapGet("/api/costs", CostsAsync);
        app.MapGet("/api/language-tax", async (int? sample, LibraryPool pool, CancellationToken cancellationToken) =>
        {
            if (sample is < 1 or > 200)
            {
                return Problems.BadRequest("sample must be from 1 to 200 items per language");
            }

            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            // "lines" (per 1,000 characters) keeps its shape; "basis" and "byMeaning" were added beside it.
            var overview = await lease.Library.TokenCounts.LanguageTaxOverviewAsync(sample ?? App.Tokens.TokenMeasures.LanguageTaxSample, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { lines = overview.PerCharacters, basis = overview.Basis, byMeaning = overview.ByMeaning });
        });
        app.MapGet("/api/status", async (LibraryPool pool, CancellationToken cancellationToken) =>
        {
            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(await lease.Library.Models.StatusAsync(cancellationToken).ConfigureAwait(false));
        });
        return app;
    }

    private static async Task<IResult> JobsAsync(HttpRequest request, string? state, LibraryPool pool, CancellationToken cancellationToken)
    {
        var paging = Paging.Parse(request.Query);
        if (!paging.IsSuccess)
        {
            return Problems.BadRequest(paging.Error!);
        }

        var states = new List<JobState>();
        foreach (string name in (state ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<JobState>(name, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problems.BadRequest($"state '{name}' is not one of {string.Join(", ", Enum.GetNames<JobState>()).ToLowerInvariant()}");
            }

            states.Add(parsed);
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var (counts, jobs) = await lease.Library.Queue.JobsAsync(states.Count == 0 ? Enum.GetValues<JobState>() : states, cancellationToken).ConfigureAwait(false);
        var page = paging.Value.Page(jobs);
        return TypedResults.Ok(new
        {
            counts = counts.ToDictionary(c => c.Key.ToString().ToLowerInvariant(), c => c.Value),
            jobs = page.Items,
            limit = page.Limit,
            offset = page.Offset,
            nextOffset = page.NextOffset,
        });
    }

    private static async Task<IResult> CostsAsync(string? by, string? since, LibraryPool pool, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CostGrouping>(string.IsNullOrWhiteSpace(by) ? "day" : by, ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping))
        {
            return Problems.BadRequest("by must be model, operation or day");
        }

        var from = time.GetUtcNow().AddDays(-30);
        if (!string.IsNullOrWhiteSpace(since) && !DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out from))
        {
            return Problems.BadRequest($"since '{since}' is not a date (use 2026-01-31)");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(await lease.Library.Models.CostsAsync(from, grouping, cancellationToken).ConfigureAwait(false));
    }
}
