using Roots.Core.Ports;
using Roots.Tokens.Pricing;

namespace Roots.Tokens.Budgets;

/// <summary>
/// Decides, before a call is sent, whether its estimate fits the budgets. Pure: the caller sums
/// the spend so far from the ledger. A call is refused when the spend has reached a limit (spend
/// exactly at the limit refuses), when it would take the spend past a limit
/// (<see cref="SpendLimit.Admits"/>, the rule the stores apply when they reserve), when its price is unknown (an unpriced call could spend anything) and when it is
/// priced in another currency than the budget (Roots does not convert currencies).
/// </summary>
public static class BudgetCheck
{
    /// <summary>Checks <paramref name="estimate"/> against one budget, given what was spent in its current period.</summary>
    public static BudgetDecision Check(Budget budget, Money spent, CostEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(estimate);
        if (!spent.SameCurrencyAs(budget.Limit))
        {
            throw new ArgumentException($"spent is in {spent.Currency}, the budget in {budget.Limit.Currency}", nameof(spent));
        }

        if (estimate.Cost is not { } cost)
        {
            return BudgetDecision.Refuse(
                $"price unknown for model '{estimate.Model}', so the {budget.Describe()} cannot be checked; add its price under prices in roots.yaml");
        }

        if (!cost.SameCurrencyAs(budget.Limit))
        {
            return BudgetDecision.Refuse(
                $"model '{estimate.Model}' is priced in {cost.Currency} but the {budget.Describe()} is in {budget.Limit.Currency}; set a {cost.Currency} budget or a {budget.Limit.Currency} price override in roots.yaml");
        }

        var after = spent + cost;
        string until = budget.Period == BudgetPeriod.Daily ? "tomorrow" : "next month";
        if (spent.Amount >= budget.Limit.Amount)
        {
            return BudgetDecision.Refuse(
                $"refused before sending: the {budget.Describe()} is used up ({spent} spent or reserved by calls in flight); raise it in roots.yaml or wait until {until}");
        }

        if (!SpendLimit.Admits(budget.Limit.Amount, spent.Amount, cost.Amount))
        {
            return BudgetDecision.Refuse(
                $"refused before sending: this call (estimated {cost}) would bring spend to {after}, over the {budget.Describe()} ({spent} spent or reserved by calls in flight); raise it in roots.yaml or wait until {until}");
        }

        return BudgetDecision.Allow;
    }

    /// <summary>
    /// Checks <paramref name="estimate"/> for a call to <paramref name="provider"/> against every budget
    /// that covers it; the first refusal wins.
    /// </summary>
    /// <param name="budgets">All configured budgets; those for other providers are skipped.</param>
    /// <param name="provider">The provider the call goes to.</param>
    /// <param name="spentIn">What was spent in a budget's current period and scope, in its currency.</param>
    /// <param name="estimate">The call's estimate.</param>
    public static BudgetDecision Check(IEnumerable<Budget> budgets, string provider, Func<Budget, Money> spentIn, CostEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(spentIn);
        foreach (var budget in budgets.Where(b => b.Covers(provider)))
        {
            var decision = Check(budget, spentIn(budget), estimate);
            if (!decision.Allowed)
            {
                return decision;
            }
        }

        return BudgetDecision.Allow;
    }
}
