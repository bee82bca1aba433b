using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Models.Metering;

/// <summary>
/// The budget check before a metered call, shared by chat and embedding metering so both refuse alike:
/// the provider's and the overall budgets, spend read through the <see cref="SpendCache"/>. Thread-safe.
/// </summary>
internal sealed class BudgetGate(MeteringOptions options, SpendCache spend)
{
    public async ValueTask<BudgetDecision> CheckAsync(CostEstimate estimate, CancellationToken cancellationToken)
    {
        if (options.Budgets.Count == 0)
        {
            return BudgetDecision.Allow;
        }

        var now = options.Time.GetUtcNow();
        var spent = new Dictionary<Budget, Money>();
        foreach (var budget in options.Budgets.Where(b => b.Covers(options.Provider)))
        {
            var since = BudgetPeriods.Start(budget.Period, now, options.Zone);
            decimal amount = await spend.SpentAsync(since, budget.Provider, budget.Limit.Currency, cancellationToken).ConfigureAwait(false);
            spent[budget] = Money.Of(amount, budget.Limit.Currency);
        }

        return BudgetCheck.Check(options.Budgets, options.Provider, b => spent[b], estimate);
    }
}
