using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.Core.Model;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary><c>/jobs</c>: how many jobs are in each state, and the queued, running and failed ones with their reasons.</summary>
internal static class JobsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<JobState, int> counts;
        IReadOnlyList<Job> jobs;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            (counts, jobs) = await lease.Library.JobsAsync(Enum.GetValues<JobState>().Where(s => s != JobState.Done).ToList(), cancellationToken).ConfigureAwait(false);
        }

        var html = new StringBuilder("<h1>Jobs</h1><p class=\"counts\">");
        foreach (var state in Enum.GetValues<JobState>())
        {
            html.Append("<span class=\"count\">").Append(Html.E(state.ToString().ToLowerInvariant())).Append(": ")
                .Append(Html.N(counts.GetValueOrDefault(state))).Append("</span> ");
        }

        html.Append("</p>");
        if (jobs.Count == 0)
        {
            html.Append("<p class=\"empty\">No queued, running or failed jobs.</p>");
            return Layout.Page(context, "Jobs", html.ToString());
        }

        html.Append("<table><tr><th>Job</th><th>Kind</th><th>What</th><th>State</th><th>Attempts</th><th>Reason</th><th>Updated</th></tr>");
        foreach (var job in jobs)
        {
            html.Append($"<tr class=\"{Html.E(job.State.ToString().ToLowerInvariant())}\"><td>{Html.N(job.Id)}</td><td>{Html.E(job.Kind)}</td><td class=\"key\">{Html.E(job.Key)}</td>")
                .Append($"<td>{Html.E(job.State.ToString().ToLowerInvariant())}</td><td>{Html.N(job.Attempts)}</td><td>{Html.E(job.LastError)}</td><td>{Html.Date(job.UpdatedAt)}</td></tr>");
        }

        html.Append("</table>");
        return Layout.Page(context, "Jobs", html.ToString());
    }
}
