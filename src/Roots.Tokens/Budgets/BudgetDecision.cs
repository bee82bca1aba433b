namespace Roots.Tokens.Budgets;

/// <summary>Whether a call may go ahead; a refusal carries the one-line message a user reads.</summary>
/// <param name="Allowed">True when the call may be sent.</param>
/// <param name="Message">Why it was refused and what to do; <c>null</c> when allowed.</param>
public sealed record BudgetDecision(bool Allowed, string? Message)
{
    /// <summary>The call may go ahead.</summary>
    public static BudgetDecision Allow { get; } = new(true, null);

    /// <summary>The call is refused for <paramref name="message"/>.</summary>
    public static BudgetDecision Refuse(string message) => new(false, message);
}
