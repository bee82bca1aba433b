using System.Collections.Concurrent;
using Roots.Core.Ports;

namespace Roots.Models.Tests.Support;

/// <summary>An in-memory ledger for tests and benchmarks; reservations are serialised by a lock, as the stores serialise them.</summary>
public sealed class MemoryLedger : IUsageLedger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, (SpendReservationRequest Request, decimal Amount)> _reservations = [];
    private long _nextReservation;

    public ConcurrentQueue<LedgerEntry> Rows { get; } = new();

    /// <summary>Reservations not yet settled.</summary>
    public int LiveReservations
    {
        get
        {
            lock (_lock)
            {
                return _reservations.Count;
            }
        }
    }

    public ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        Rows.Enqueue(entry);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<LedgerEntry>>([.. Rows.Where(r => r.Time >= since)]);

    public ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Spent(since, provider, currency));

    public ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (long expired in _reservations.Where(r => r.Value.Request.ExpiresAt <= request.Now).Select(r => r.Key).ToList())
            {
                _reservations.Remove(expired);
            }

            var committed = request.Limits.Select(l => Spent(l.Since, l.Provider, l.Currency) + _reservations.Values
                .Where(r => r.Request.Now >= l.Since && r.Request.Currency == l.Currency && (l.Provider is null || r.Request.Provider == l.Provider))
                .Sum(r => r.Amount)).ToList();
            if (!request.Limits.Select((l, i) => SpendLimit.Admits(l.Limit, committed[i], request.Amount)).All(a => a))
            {
                return ValueTask.FromResult(new SpendReservation(null, committed));
            }

            long id = ++_nextReservation;
            _reservations[id] = (request, request.Amount);
            return ValueTask.FromResult(new SpendReservation(id, committed));
        }
    }

    public ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _reservations.Remove(reservationId);
            Rows.Enqueue(entry);
        }

        return ValueTask.CompletedTask;
    }

    private decimal Spent(DateTimeOffset since, string? provider, string currency) =>
        Rows.Where(r => r.Time >= since && r.Currency == currency && (provider is null || r.Provider == provider)).Sum(r => r.Cost ?? 0m);
}
