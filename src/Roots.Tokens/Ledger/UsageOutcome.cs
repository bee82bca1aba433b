namespace Roots.Tokens.Ledger;

/// <summary>How a model call ended.</summary>
public enum UsageOutcome
{
    /// <summary>The provider answered.</summary>
    Success,

    /// <summary>The provider failed (an error status, a timeout, a malformed answer) after any retries.</summary>
    Failed,

    /// <summary>Refused before it was sent (a budget, an open circuit); costs nothing.</summary>
    Refused,

    /// <summary>Cancelled by the user while in flight.</summary>
    Cancelled,
}
