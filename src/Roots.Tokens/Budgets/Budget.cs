using Roots.Tokens.Pricing;

namespace Roots.Tokens.Budgets;

/// <summary>A spending limit over a period, for one provider or for all of them.</summary>
/// <param name="Limit">The most that may be spent in a period.</param>
/// <param name="Period">Daily or monthly.</param>
/// <param name="Provider">The provider it limits, or <c>null</c> for the overall budget.</param>
public sealed record Budget(Money Limit, BudgetPeriod Period, string? Provider = null)
{
    /// <summary>True when this budget limits calls to <paramref name="provider"/>.</summary>
    public bool Covers(string provider) => Provider is null || string.Equals(Provider, provider, StringComparison.OrdinalIgnoreCase);

    /// <summary>"daily budget USD 1.00 for deepseek" / "monthly budget USD 20.00".</summary>
    public string Describe() =>
        $"{(Period == BudgetPeriod.Daily ? "daily" : "monthly")} budget {Limit}{(Provider is null ? "" : $" for {Provider}")}";
}
