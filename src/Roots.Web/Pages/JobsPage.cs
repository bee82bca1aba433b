using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.Core.Model;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary><c>/jobs</c>: how many jobs are in each state, and the queued, running, failed and dead ones with their reasons; failed and dead ones can be retried, queued and failed ones cancelled (app.js, <c>/api/jobs/{id}/retry|cancel</c>).</summary>
internal static class JobsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<JobState, int> counts;
        IReadOnlyList<Job> jobs;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            (counts, jobs) = await lease.Library.Queue.JobsAsync(Enum.GetValues<JobState>().Where(s => s != JobState.Done).ToList(), cancellationToken).ConfigureAwait(false);
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
            html.Append("<p class=\"empty\">No queued, running, failed or dead jobs.</p>");
            return Layout.Page(context, "Jobs", html.ToString());
        }

        html.Append("<p id=\"job-status\" class=\"meta\" aria-live=\"polite\"></p>");
        html.Append("<table id=\"jobs\"><tr><th>Job</th><th>Kind</th><th>What</th><th>State</th><th>Attempts</th><th>Reason</th><th>Updated</th><th></th></tr>");
        foreach (var job in jobs)
        {
            string state = job.State.ToString().ToLowerInvariant();
            html.Append($"<tr class=\"{Html.E(state)}\" data-job=\"{Html.N(job.Id)}\"><td>{Html.N(job.Id)}</td><td>{Html.E(job.Kind)}</td><td class=\"key\">{Html.E(job.Key)}</td>")
                .Append($"<td class=\"state\">{Html.E(state)}</td><td>{Html.N(job.Attempts)}</td><td class=\"reason\">{Html.E(job.LastError)}</td><td>{Html.Time(job.UpdatedAt)}</td><td>");
            if (job.State is JobState.Failed or JobState.Dead)
            {
                html.Append($"<button type=\"button\" data-job-action=\"retry\" data-job-id=\"{Html.N(job.Id)}\">Retry</button> ");
            }

            if (job.State is JobState.Queued or JobState.Failed)
            {
                html.Append($"<button type=\"button\" class=\"secondary\" data-job-action=\"cancel\" data-job-id=\"{Html.N(job.Id)}\">Cancel</button>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        return Layout.Page(context, "Jobs", html.ToString());
    }
}
