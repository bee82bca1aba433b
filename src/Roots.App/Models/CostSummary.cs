using System.Globalization;
using Roots.Core.Ports;

namespace Roots.App.Models;

/// <summary>Groups ledger rows into <see cref="CostLine"/>s, one per key and currency.</summary>
internal static class CostSummary
{
    public static IReadOnlyList<CostLine> Group(IEnumerable<LedgerEntry> rows, CostGrouping by, TimeZoneInfo zone) =>
        [.. rows
            .GroupBy(r => (Key: KeyOf(r, by, zone), r.Currency))
            .Select(g => new CostLine(
                g.Key.Key,
                g.Count(),
                g.Count(r => r.Outcome is "failed" or "refused"),
                g.Sum(r => r.InputTokens),
                g.Sum(r => r.OutputTokens),
                g.Sum(r => r.CachedTokens),
                g.Any(r => r.Cost is not null) ? g.Sum(r => r.Cost ?? 0m) : null,
                g.Key.Currency,
                g.Count(r => r.Cost is null && r.Outcome == "success"),
                g.Count(r => r.Estimated && r.Outcome == "success")))
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .ThenBy(l => l.Currency, StringComparer.Ordinal)];

    /// <summary>One line per day, model or operation (<paramref name="by"/>) and currency, oldest day first.</summary>
    public static IReadOnlyList<DailyCost> GroupByDay(IEnumerable<LedgerEntry> rows, CostGrouping by, TimeZoneInfo zone) =>
        [.. rows
            .GroupBy(r => (Day: KeyOf(r, CostGrouping.Day, zone), Key: KeyOf(r, by == CostGrouping.Day ? CostGrouping.Model : by, zone), r.Currency))
            .Select(g => new DailyCost(g.Key.Day, g.Key.Key, g.Count(), g.Sum(r => r.InputTokens + r.OutputTokens), g.Sum(r => r.Cost ?? 0m), g.Key.Currency))
            .OrderBy(l => l.Day, StringComparer.Ordinal)
            .ThenBy(l => l.Key, StringComparer.Ordinal)];

    private static string KeyOf(LedgerEntry row, CostGrouping by, TimeZoneInfo zone) => by switch
    {
        CostGrouping.Model => row.Model,
        CostGrouping.Operation => row.Operation,
        _ => TimeZoneInfo.ConvertTime(row.Time, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
