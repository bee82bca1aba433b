using Roots.Core.Ports;

namespace Roots.App.Models;

/// <summary>
/// The unit of work's ledger, keeping a copy of the rows one model operation writes, so the operation can
/// return its own usage instead of the caller reading the ledger back by time. Used by one operation at a time.
/// </summary>
internal sealed class RecordingLedger(IUsageLedger ledger) : IUsageLedger
{
    private readonly List<LedgerEntry> _rows = [];

    /// <summary>The rows written through this ledger so far, oldest first.</summary>
    public ModelUsage Usage
    {
        get
        {
            lock (_rows)
            {
                return new ModelUsage([.. _rows]);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        await ledger.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        Keep(entry);
    }

    /// <inheritdoc />
    public async ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        await ledger.SettleAsync(reservationId, entry, cancellationToken).ConfigureAwait(false);
        Keep(entry);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ledger.ReadAsync(since, cancellationToken);

    /// <inheritdoc />
    public ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default) =>
        ledger.SpentAsync(since, provider, currency, cancellationToken);

    /// <inheritdoc />
    public ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default) =>
        ledger.ReserveAsync(request, cancellationToken);

    private void Keep(LedgerEntry entry)
    {
        lock (_rows)
        {
            _rows.Add(entry);
        }
    }
}
