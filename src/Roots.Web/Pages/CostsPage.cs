using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.Models;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary><c>/costs</c>: model spend over the last 30 days by day (as bars) and by model, and each provider's health.</summary>
internal static class CostsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, TimeProvider time, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-30);
        IReadOnlyList<CostLine> byDay, byModel;
        IReadOnlyList<ProviderStatus> providers;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            byDay = await lease.Library.CostsAsync(since, CostGrouping.Day, cancellationToken).ConfigureAwait(false);
            byModel = await lease.Library.CostsAsync(since, CostGrouping.Model, cancellationToken).ConfigureAwait(false);
            providers = await lease.Library.StatusAsync(cancellationToken).ConfigureAwait(false);
        }

        var html = new StringBuilder("<h1>Tokens and costs</h1><p class=\"meta\">The last 30 days of model calls, from the ledger.</p>");
        html.Append("<h2>By day</h2>");
        decimal top = byDay.Count == 0 ? 0 : byDay.Max(l => l.Cost);
        html.Append("<table class=\"bars\"><tr><th>Day</th><th>Calls</th><th>Tokens in/out</th><th>Cost</th><th></th></tr>");
        foreach (var line in byDay)
        {
            int width = top == 0 ? 0 : (int)Math.Round(line.Cost / top * 100);
            html.Append(Row(line)).Append($"<td><span class=\"bar w{Html.N(width / 5 * 5)}\"></span></td></tr>");
        }

        html.Append("</table><h2>By model</h2><table><tr><th>Model</th><th>Calls</th><th>Tokens in/out</th><th>Cost</th></tr>");
        foreach (var line in byModel)
        {
            html.Append(Row(line)).Append("</tr>");
        }

        html.Append("</table><h2>Providers</h2><table><tr><th>Provider</th><th>Kind</th><th>Circuit</th><th>Calls</th><th>Errors</th><th>Last error</th></tr>");
        foreach (var provider in providers)
        {
            html.Append($"<tr><td>{Html.E(provider.Name)}</td><td>{Html.E(provider.Kind)}</td><td>{Html.E(provider.Circuit)}</td><td>{Html.N(provider.Calls)}</td>")
                .Append($"<td>{Html.E(provider.ErrorRate.ToString("P0", CultureInfo.InvariantCulture))}</td><td>{Html.E(provider.LastError)}</td></tr>");
        }

        html.Append("</table>");
        if (providers.Count == 0)
        {
            html.Append("<p class=\"empty\">No providers in roots.yaml.</p>");
        }

        return Layout.Page(context, "Costs", html.ToString());
    }

    private static string Row(CostLine line) => string.Create(CultureInfo.InvariantCulture,
        $"<tr><td>{Html.E(line.Key)}</td><td>{line.Calls}</td><td>{line.InputTokens:N0} / {line.OutputTokens:N0}</td><td>{line.Cost:0.0000} {Html.E(line.Currency)}</td>");
}
