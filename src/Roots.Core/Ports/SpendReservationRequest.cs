namespace Roots.Core.Ports;

/// <summary>
/// A call's estimated cost, to be reserved against its budgets before the call is sent
/// (<see cref="IUsageLedger.ReserveAsync"/>).
/// </summary>
/// <param name="Provider">The provider the call goes to.</param>
/// <param name="Currency">The currency of <paramref name="Amount"/>.</param>
/// <param name="Amount">The estimated cost.</param>
/// <param name="Now">The caller's clock: the reservation's time, and the instant expired reservations are judged by.</param>
/// <param name="ExpiresAt">
/// When the reservation stops counting if it was never settled (the process died mid-call); later than any call can last.
/// </param>
/// <param name="Limits">The budgets that cover the call; empty reserves unconditionally.</param>
public sealed record SpendReservationRequest(
    string Provider, string Currency, decimal Amount, DateTimeOffset Now, DateTimeOffset ExpiresAt, IReadOnlyList<SpendLimit> Limits);
