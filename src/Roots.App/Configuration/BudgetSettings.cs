using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// Spending limits (DESIGN.md, <c>budgets</c>): overall per day and per month, and optionally
/// per provider. A call whose estimate would cross one is refused before it is sent.
/// </summary>
public sealed class BudgetSettings
{
    /// <summary>The overall daily limit, e.g. <c>{ amount: 1.00, currency: USD }</c>.</summary>
    [YamlMember(Alias = "daily")]
    public Limit? Daily { get; set; }

    /// <summary>The overall monthly limit.</summary>
    [YamlMember(Alias = "monthly")]
    public Limit? Monthly { get; set; }

    /// <summary>Limits for single providers, by provider name: <c>per_provider: { deepseek: { daily: {…} } }</c>.</summary>
    [YamlMember(Alias = "per_provider")]
    public Dictionary<string, BudgetSettings> PerProvider { get; set; } = [];

    /// <summary>True when any limit is set.</summary>
    [YamlIgnore]
    public bool Any => ToBudgets().Count > 0;

    /// <summary>The budgets these settings describe.</summary>
    public IReadOnlyList<Budget> ToBudgets()
    {
        var budgets = new List<Budget>();
        Add(budgets, this, null);
        foreach (var (provider, settings) in PerProvider)
        {
            Add(budgets, settings, provider);
        }

        return budgets;
    }

    /// <summary>A problem with the limits, or null.</summary>
    public string? Validate()
    {
        foreach (var (where, limit) in new[] { ("daily", Daily), ("monthly", Monthly) }.Concat(
                     PerProvider.SelectMany(p => new[] { ($"per_provider.{p.Key}.daily", p.Value?.Daily), ($"per_provider.{p.Key}.monthly", p.Value?.Monthly) })))
        {
            if (limit is null)
            {
                continue;
            }

            if (limit.Amount < 0)
            {
                return $"budgets.{where}.amount must not be negative";
            }

            if (string.IsNullOrWhiteSpace(limit.Currency) || limit.Currency.Trim().Length != 3)
            {
                return $"budgets.{where}.currency must be a three-letter code such as USD or CNY";
            }
        }

        return null;
    }

    private static void Add(List<Budget> budgets, BudgetSettings? settings, string? provider)
    {
        if (settings?.Daily is { } daily)
        {
            budgets.Add(new Budget(Money.Of(daily.Amount, daily.Currency), BudgetPeriod.Daily, provider));
        }

        if (settings?.Monthly is { } monthly)
        {
            budgets.Add(new Budget(Money.Of(monthly.Amount, monthly.Currency), BudgetPeriod.Monthly, provider));
        }
    }

    /// <summary>An amount of money per period.</summary>
    public sealed class Limit
    {
        /// <summary>The most that may be spent.</summary>
        [YamlMember(Alias = "amount")]
        public decimal Amount { get; set; }

        /// <summary>The ISO 4217 currency code (default USD).</summary>
        [YamlMember(Alias = "currency")]
        public string Currency { get; set; } = "USD";
    }
}
