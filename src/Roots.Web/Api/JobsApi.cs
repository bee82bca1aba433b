using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Core;
using Roots.Core.Model;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// <c>GET /api/jobs/{id}</c>; <c>POST /api/jobs/{id}/retry</c> (a failed or dead job is queued again, attempts reset)
/// and <c>POST /api/jobs/{id}/cancel</c> (a queued or failed job becomes dead, "cancelled by the user"). A job in
/// another state is a 409 with the reason; a running job belongs to the run that holds its lease.
/// </summary>
internal static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{id}", ShowAsync);
        app.MapPost("/api/jobs/{id}/retry", (string id, LibraryPool pool, CancellationToken cancellationToken) =>
            ChangeAsync(id, pool, (library, n) => library.Jobs.RetryJobAsync(n, cancellationToken), cancellationToken));
        app.MapPost("/api/jobs/{id}/cancel", (string id, LibraryPool pool, CancellationToken cancellationToken) =>
            ChangeAsync(id, pool, (library, n) => library.Jobs.CancelJobAsync(n, cancellationToken), cancellationToken));
        return app;
    }

    private static async Task<IResult> ShowAsync(string id, LibraryPool pool, CancellationToken cancellationToken)
    {
        if (!TryId(id, out long n))
        {
            return Problems.NotFound($"no job '{id}'");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var job = await lease.Library.Jobs.JobAsync(n, cancellationToken).ConfigureAwait(false);
        return job is null ? Problems.NotFound($"no job '{id}'") : TypedResults.Ok(job);
    }

    private static async Task<IResult> ChangeAsync(string id, LibraryPool pool, Func<App.Library, long, Task<Result<Job>?>> change, CancellationToken cancellationToken)
    {
        if (!TryId(id, out long n))
        {
            return Problems.NotFound($"no job '{id}'");
        }

        using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
        var result = await change(lease.Library, n).ConfigureAwait(false);
        return result switch
        {
            null => Problems.NotFound($"no job '{id}'"),
            { IsSuccess: true } ok => TypedResults.Ok(ok.Value),
            { } refused => Problems.Conflict(refused.Error!),
        };
    }

    private static bool TryId(string text, out long id) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id);
}
