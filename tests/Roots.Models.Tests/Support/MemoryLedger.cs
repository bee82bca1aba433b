using System.Collections.Concurrent;
using Roots.Core.Ports;

namespace Roots.Models.Tests.Support;

/// <summary>An in-memory ledger for tests and benchmarks.</summary>
public sealed class MemoryLedger : IUsageLedger
{
    public ConcurrentQueue<LedgerEntry> Rows { get; } = new();

    public ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        Rows.Enqueue(entry);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<LedgerEntry>>([.. Rows.Where(r => r.Time >= since)]);

    public ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Rows.Where(r => r.Time >= since && r.Currency == currency && (provider is null || r.Provider == provider)).Sum(r => r.Cost ?? 0m));
}
