using Roots.Core.Ports;
using Roots.Tokens.Ledger;

namespace Roots.Models.Metering;

/// <summary>Maps between the Tokens model's <see cref="UsageRecord"/> and the port's plain <see cref="LedgerEntry"/>.</summary>
public static class LedgerRows
{
    /// <summary>The row for <paramref name="record"/>, with an optional (already scrubbed) error.</summary>
    public static LedgerEntry ToEntry(UsageRecord record, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new LedgerEntry(
            record.Time, record.Provider, record.Model, record.Operation, record.ItemId,
            record.InputTokens, record.OutputTokens, record.CachedInputTokens,
            record.Cost?.Amount, record.Cost?.Currency, (long)record.Latency.TotalMilliseconds,
            OutcomeName(record.Outcome), record.Estimated, error);
    }

    /// <summary>The stored name of an outcome: success, failed, refused, cancelled.</summary>
    public static string OutcomeName(UsageOutcome outcome) => outcome switch
    {
        UsageOutcome.Success => "success",
        UsageOutcome.Failed => "failed",
        UsageOutcome.Refused => "refused",
        _ => "cancelled",
    };
}
