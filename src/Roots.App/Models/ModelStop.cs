namespace Roots.App.Models;

/// <summary>Why a model operation stopped before it made anything new, as <see cref="ModelUsage.Stop"/> reads it.</summary>
public enum ModelStop
{
    /// <summary>No call was sent (the reason came before any call, e.g. an unknown model).</summary>
    NothingSent,

    /// <summary>A budget refused a call before it was sent.</summary>
    RefusedByBudget,

    /// <summary>The provider failed (after retries, or its circuit was open).</summary>
    ProviderFailed,
}
