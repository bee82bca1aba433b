namespace Roots.Core.Ports;

/// <summary>
/// One budget as a store checks it when it reserves a call's cost: what was spent and reserved at or after
/// <paramref name="Since"/>, by <paramref name="Provider"/> (every provider when null), in <paramref name="Currency"/>,
/// must stay within <paramref name="Limit"/>.
/// </summary>
/// <param name="Since">The start of the budget's current period.</param>
/// <param name="Provider">The provider it limits, or null for all.</param>
/// <param name="Currency">Its currency; spend in other currencies does not count.</param>
/// <param name="Limit">The most that may be spent in the period.</param>
public sealed record SpendLimit(DateTimeOffset Since, string? Provider, string Currency, decimal Limit)
{
    /// <summary>
    /// The one rule every budget check applies, in both stores and in <c>BudgetCheck</c>: a call costing
    /// <paramref name="amount"/> fits when the spend so far (<paramref name="committed"/>, live reservations included)
    /// is below the limit and the call keeps it at or below the limit. Spend exactly at the limit refuses every call,
    /// even a free one: the budget is used up.
    /// </summary>
    public static bool Admits(decimal limit, decimal committed, decimal amount) => committed < limit && committed + amount <= limit;
}
