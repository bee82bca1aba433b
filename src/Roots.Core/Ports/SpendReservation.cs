namespace Roots.Core.Ports;

/// <summary>What <see cref="IUsageLedger.ReserveAsync"/> decided.</summary>
/// <param name="Id">The reservation to settle, or null when a limit had no room (nothing was reserved).</param>
/// <param name="Committed">
/// For each of the request's limits, in order: the spend and the live reservations of other calls that counted
/// against it, before this one, as seen inside the reserving transaction.
/// </param>
public sealed record SpendReservation(long? Id, IReadOnlyList<decimal> Committed)
{
    /// <summary>True when the cost was reserved and the call may be sent.</summary>
    public bool Granted => Id is not null;
}
