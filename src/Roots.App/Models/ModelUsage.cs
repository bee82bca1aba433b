using Roots.Core.Ports;

namespace Roots.App.Models;

/// <summary>
/// What one model operation recorded: the ledger rows its calls wrote (answered, refused by a budget, failed),
/// exactly those, whatever else wrote to the ledger meanwhile.
/// </summary>
/// <param name="Rows">The rows, oldest first.</param>
public sealed record ModelUsage(IReadOnlyList<LedgerEntry> Rows)
{
    /// <summary>No calls.</summary>
    public static ModelUsage None { get; } = new([]);

    /// <summary>Why an operation that stopped stopped, read from its rows: a budget refusal, a provider failure, or nothing sent.</summary>
    public ModelStop Stop =>
        Rows.Any(r => r.Outcome == "refused") ? ModelStop.RefusedByBudget
        : Rows.Count == 0 ? ModelStop.NothingSent
        : ModelStop.ProviderFailed;
}
