using Roots.App.Configuration;
using Roots.Core.Ports;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.App.Models;

/// <summary>Builds each provider's <see cref="ProviderStatus"/> from this month's ledger rows.</summary>
internal static class StatusBuilder
{
    public static ProviderStatus Build(
        ProviderSettings provider, IReadOnlyList<LedgerEntry> month, DateTimeOffset todayStart, IReadOnlyList<Budget> budgets, string circuit, Money? balance)
    {
        var rows = month.Where(r => string.Equals(r.Provider, provider.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var sent = rows.Where(r => r.Outcome is "success" or "failed").ToList();
        var lastError = rows.LastOrDefault(r => r.Outcome is "failed" or "refused");
        return new ProviderStatus(
            provider.Name,
            provider.Kind,
            rows.LastOrDefault(r => r.Outcome == "success")?.Time,
            lastError?.Error,
            lastError?.Time,
            rows.Count,
            sent.Count == 0 ? 0 : (double)sent.Count(r => r.Outcome == "failed") / sent.Count,
            circuit,
            Spend(rows.Where(r => r.Time >= todayStart)),
            Spend(rows),
            [.. budgets.Where(b => b.Covers(provider.Name)).Select(b => b.Describe())],
            balance,
            Unpriced(rows.Where(r => r.Time >= todayStart)),
            Unpriced(rows));
    }

    private static int Unpriced(IEnumerable<LedgerEntry> rows) => rows.Count(r => r.Cost is null && r.Outcome == "success");

    private static IReadOnlyList<Money> Spend(IEnumerable<LedgerEntry> rows) =>
        [.. rows.Where(r => r.Cost is not null && r.Currency is not null)
            .GroupBy(r => r.Currency!, StringComparer.OrdinalIgnoreCase)
            .Select(g => Money.Of(g.Sum(r => r.Cost!.Value), g.Key))];
}
