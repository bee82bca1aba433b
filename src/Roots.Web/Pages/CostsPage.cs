using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.App.Models;
using Roots.Web.Hosting;

namespace Roots.Web.Pages;

/// <summary><c>/costs</c>: model spend over the last 30 days as charts per day by model and by operation (inline SVG), tables by day and by model, and each provider's health, spend, budgets and balance.</summary>
internal static class CostsPage
{
    public static async Task<IResult> RenderAsync(HttpContext context, LibraryPool pool, TimeProvider time, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-30);
        IReadOnlyList<CostLine> byDay, byModel;
        IReadOnlyList<DailyCost> dailyByModel, dailyByOperation;
        IReadOnlyList<ProviderStatus> providers;
        TimeZoneInfo zone;
        using (var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false))
        {
            byDay = await lease.Library.Models.CostsAsync(since, CostGrouping.Day, cancellationToken).ConfigureAwait(false);
            byModel = await lease.Library.Models.CostsAsync(since, CostGrouping.Model, cancellationToken).ConfigureAwait(false);
            dailyByModel = await lease.Library.Models.DailyCostsAsync(since, CostGrouping.Model, cancellationToken).ConfigureAwait(false);
            dailyByOperation = await lease.Library.Models.DailyCostsAsync(since, CostGrouping.Operation, cancellationToken).ConfigureAwait(false);
            providers = await lease.Library.Models.StatusAsync(cancellationToken).ConfigureAwait(false);
            zone = lease.Library.TimeZone;
        }

        var html = new StringBuilder("<h1>Tokens and costs</h1><p class=\"meta\">The last 30 days of model calls, from the ledger. ")
            .Append("<a href=\"/costs/language-tax\">The language tax</a>: tokens per 1,000 characters by language and tokenizer, measured on this library.</p>");
        var days = Days(since, time.GetUtcNow(), zone);
        html.Append("<h2>Spend per day by model</h2>").Append(CostChart.Render("chart-model", "Spend per day by model", dailyByModel, days));
        html.Append("<h2>Spend per day by operation</h2>").Append(CostChart.Render("chart-operation", "Spend per day by operation", dailyByOperation, days));
        html.Append("<h2>By day</h2>");
        decimal top = byDay.Count == 0 ? 0 : byDay.Max(l => l.Cost ?? 0m);
        html.Append("<table class=\"bars\"><tr><th>Day</th><th>Calls</th><th>Tokens in/out</th><th>Cost</th><th></th></tr>");
        foreach (var line in byDay)
        {
            int width = top == 0 ? 0 : (int)Math.Round((line.Cost ?? 0m) / top * 100);
            html.Append(Row(line)).Append($"<td><span class=\"bar w{Html.N(width / 5 * 5)}\"></span></td></tr>");
        }

        html.Append("</table><h2>By model</h2><table><tr><th>Model</th><th>Calls</th><th>Tokens in/out</th><th>Cost</th></tr>");
        foreach (var line in byModel)
        {
            html.Append(Row(line)).Append("</tr>");
        }

        html.Append("</table><h2>Providers and budgets</h2><table id=\"providers\"><tr><th>Provider</th><th>Kind</th><th>Circuit</th><th>Calls this month</th><th>Errors</th>")
            .Append("<th>Last error</th><th>Spent today / this month</th><th>Budgets</th><th>Balance</th></tr>");
        foreach (var provider in providers)
        {
            html.Append($"<tr><td>{Html.E(provider.Name)}</td><td>{Html.E(provider.Kind)}</td><td class=\"circuit {Html.E(provider.Circuit)}\">{Html.E(provider.Circuit)}</td><td>{Html.N(provider.Calls)}</td>")
                .Append($"<td>{Html.E(provider.ErrorRate.ToString("P0", CultureInfo.InvariantCulture))}</td>")
                .Append($"<td>{Html.E(provider.LastError)}{(provider.LastErrorAt is { } at ? $"<div class=\"meta\">{Html.Time(at)}</div>" : "")}</td>")
                .Append($"<td>{Html.E(CostText.Of(provider.SpentToday, provider.UnpricedToday))} / {Html.E(CostText.Of(provider.SpentThisMonth, provider.UnpricedThisMonth))}</td>")
                .Append($"<td>{Html.E(provider.Budgets.Count == 0 ? "none" : string.Join("; ", provider.Budgets))}</td>")
                .Append($"<td>{Html.E(provider.Balance?.ToString() ?? "unknown")}</td></tr>");
        }

        html.Append("</table>");
        if (providers.Count == 0)
        {
            html.Append("<p class=\"empty\">No providers in roots.yaml.</p>");
        }

        return Layout.Page(context, "Costs", html.ToString());
    }

    /// <summary>The last 30 days and today (yyyy-MM-dd, local time as the ledger groups them), oldest first.</summary>
    private static List<string> Days(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(since, zone).Date);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date);
        var days = new List<string>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return days;
    }

    private static string Row(CostLine line) => string.Create(CultureInfo.InvariantCulture,
        $"<tr><td>{Html.E(line.Key)}</td><td>{line.Calls}</td><td>{line.InputTokens:N0} / {line.OutputTokens:N0}</td><td>{Html.E(CostText.Of(line))}</td>");
}
