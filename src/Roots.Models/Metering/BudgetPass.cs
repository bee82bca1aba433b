namespace Roots.Models.Metering;

/// <summary>What <see cref="BudgetGate"/> decided for one call.</summary>
/// <param name="Allowed">True when the call may be sent.</param>
/// <param name="ReservationId">The reservation its row settles, when a budget covered it.</param>
/// <param name="Message">Why it was refused; null when allowed.</param>
internal sealed record BudgetPass(bool Allowed, long? ReservationId, string? Message)
{
    /// <summary>No budget covers the provider: sent, and recorded by a plain append.</summary>
    public static BudgetPass Unbudgeted { get; } = new(true, null, null);

    /// <summary>Sent under reservation <paramref name="id"/>.</summary>
    public static BudgetPass Reserved(long id) => new(true, id, null);

    /// <summary>Not sent, for <paramref name="message"/>.</summary>
    public static BudgetPass Refused(string message) => new(false, null, message);
}
