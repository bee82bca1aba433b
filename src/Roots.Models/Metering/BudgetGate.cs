using Roots.Core.Ports;
using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Models.Metering;

/// <summary>
/// The budget check before a metered call, shared by chat and embedding metering so both refuse alike. A call
/// that fits reserves its estimate in the ledger's store (<see cref="IUsageLedger.ReserveAsync"/>), atomically
/// with every other process on the store, so concurrent calls under one budget cannot each spend room that only
/// one of them has; the reservation is settled to the actual cost by <see cref="Settle"/>. Thread-safe.
/// </summary>
internal sealed class BudgetGate(MeteringOptions options)
{
    /// <summary>Decides and, when allowed under a budget, reserves the estimate; the pass says how to record the call.</summary>
    public async ValueTask<BudgetPass> ReserveAsync(CostEstimate estimate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var budgets = options.Budgets.Where(b => b.Covers(options.Provider)).ToList();
        if (budgets.Count == 0)
        {
            return BudgetPass.Unbudgeted;
        }

        // An unpriced call, or one priced in another currency than a budget, is refused without asking the store.
        if (estimate.Cost is not { } cost || budgets.Any(b => !cost.SameCurrencyAs(b.Limit)))
        {
            var unpriced = BudgetCheck.Check(budgets, options.Provider, b => Money.Zero(b.Limit.Currency), estimate);
            return BudgetPass.Refused(unpriced.Message ?? "refused before sending: the call cannot be checked against the budgets");
        }

        var limits = budgets.Select(b => new SpendLimit(BudgetPeriods.Start(b.Period, now, options.Zone), b.Provider, b.Limit.Currency, b.Limit.Amount)).ToList();
        var reservation = await options.Ledger.ReserveAsync(
            new SpendReservationRequest(options.Provider, cost.Currency, cost.Amount, now, now + options.ReservationLifetime, limits), cancellationToken).ConfigureAwait(false);
        if (reservation.Id is { } id)
        {
            return BudgetPass.Reserved(id);
        }

        var decision = BudgetCheck.Check(budgets, options.Provider, b => Money.Of(reservation.Committed[budgets.IndexOf(b)], b.Limit.Currency), estimate);
        return BudgetPass.Refused(decision.Message ?? $"refused before sending: calls in flight have reserved the room left in the budgets (estimated {cost})");
    }

    /// <summary>Records the call's row: settling its reservation when it had one, else appending.</summary>
    public ValueTask Settle(BudgetPass pass, LedgerEntry entry) =>
        pass.ReservationId is { } id
            ? options.Ledger.SettleAsync(id, entry, CancellationToken.None)
            : options.Ledger.AppendAsync(entry, CancellationToken.None);
}
