namespace Roots.Core.Ports;

/// <summary>
/// The ledger of model calls: one row appended per call, read back for costs, status and budgets.
/// </summary>
/// <remarks>
/// The port lives in Core, not in Roots.Tokens beside <c>UsageRecord</c>, because the stores that
/// implement it (SQLite, PostgreSQL) may only use Core (DESIGN.md); so its row,
/// <see cref="LedgerEntry"/>, is made of plain values (money as an amount and a currency code),
/// and Roots.Models maps a <c>UsageRecord</c> to it. Same threading as <see cref="IItemStore"/>.
/// </remarks>
public interface IUsageLedger
{
    /// <summary>Appends one row; rows are never changed afterwards.</summary>
    ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The rows at or after <paramref name="since"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// What was spent in <paramref name="currency"/> at or after <paramref name="since"/>, by
    /// <paramref name="provider"/> or by every provider when it is null. Rows without a price count nothing.
    /// </summary>
    ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reserves a call's estimated cost before it is sent, atomically with every other process and connection on
    /// the same store: inside one serialised transaction, expired reservations are dropped, each limit's spend plus
    /// live reservations is summed, and the reservation is written only when every limit admits it
    /// (<see cref="SpendLimit.Admits"/>). So concurrent calls under one budget cannot each see room that only one has.
    /// </summary>
    /// <remarks>
    /// Reservations count like spend (same provider, currency and time rules as <see cref="SpentAsync"/>) until
    /// <see cref="SettleAsync"/> replaces one with its ledger row, or until it expires.
    /// </remarks>
    ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Settles a reservation with the call's ledger row (its actual cost, or a failure's zero), in one transaction:
    /// the reservation stops counting exactly when the row starts to. Settling an expired or unknown reservation
    /// only appends the row.
    /// </summary>
    ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default);
}

/// <summary>
/// One ledger row as stored. Kept in this file because it is the port's own vocabulary and
/// nothing else in Core uses it.
/// </summary>
/// <param name="Time">When the call started.</param>
/// <param name="Provider">The configured provider name.</param>
/// <param name="Model">The model.</param>
/// <param name="Operation">summarize, ask, tag …</param>
/// <param name="ItemId">The item worked on, if any.</param>
/// <param name="InputTokens">Input tokens, cached included.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CachedTokens">Input tokens served from the provider's cache.</param>
/// <param name="Cost">The cost, or null when the model has no price (never zero for unknown).</param>
/// <param name="Currency">The currency of <paramref name="Cost"/>, or null.</param>
/// <param name="LatencyMs">Milliseconds from sending to the answer.</param>
/// <param name="Outcome">success, failed, refused or cancelled.</param>
/// <param name="Estimated">True when the counts are the local tokenizer's, not the provider's.</param>
/// <param name="Error">Why it failed or was refused, scrubbed of secrets; null on success.</param>
public sealed record LedgerEntry(
    DateTimeOffset Time,
    string Provider,
    string Model,
    string Operation,
    long? ItemId,
    long InputTokens,
    long OutputTokens,
    long CachedTokens,
    decimal? Cost,
    string? Currency,
    long LatencyMs,
    string Outcome,
    bool Estimated,
    string? Error);
