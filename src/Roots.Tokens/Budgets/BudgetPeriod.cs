namespace Roots.Tokens.Budgets;

/// <summary>The period a budget's spend is summed over (calendar day or month, in the user's time zone).</summary>
public enum BudgetPeriod
{
    /// <summary>Per calendar day.</summary>
    Daily,

    /// <summary>Per calendar month.</summary>
    Monthly,
}
