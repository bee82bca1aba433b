using Roots.Tokens.Budgets;
using Roots.Tokens.Pricing;

namespace Roots.Tokens.Tests.Budgets;

public sealed class BudgetCheckTests
{
    private static readonly Budget Daily = new(Money.Of(1.00m, "USD"), BudgetPeriod.Daily);

    private static CostEstimate Costing(decimal amount, string currency = "USD") =>
        new("m", 10, 10, 0, new Money(amount, currency), null);

    [Fact]
    public void Check_WithinBudget_IsAllowed()
    {
        var decision = BudgetCheck.Check(Daily, Money.Of(0.50m, "USD"), Costing(0.49m));

        Assert.True(decision.Allowed);
        Assert.Null(decision.Message);
    }

    [Fact]
    public void Check_ExactlyReachingTheLimit_IsAllowed()
    {
        Assert.True(BudgetCheck.Check(Daily, Money.Of(0.50m, "USD"), Costing(0.50m)).Allowed);
    }

    [Fact]
    public void Check_SpendExactlyAtTheLimit_RefusesEvenAFreeCall()
    {
        var decision = BudgetCheck.Check(Daily, Money.Of(1.00m, "USD"), Costing(0m));

        Assert.False(decision.Allowed);
        Assert.Contains("used up", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CrossingTheLimit_IsRefusedWithAMessage()
    {
        var decision = BudgetCheck.Check(Daily, Money.Of(0.99m, "USD"), Costing(0.02m));

        Assert.False(decision.Allowed);
        Assert.Contains("daily budget USD 1.00", decision.Message, StringComparison.Ordinal);
        Assert.Contains("tomorrow", decision.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', decision.Message!);
    }

    [Fact]
    public void Check_UnknownPrice_IsRefused()
    {
        var unknown = PriceBook.Default.Estimate("mystery-model", 10, 10);

        var decision = BudgetCheck.Check(Daily, Money.Zero("USD"), unknown);

        Assert.False(decision.Allowed);
        Assert.Contains("price unknown for model 'mystery-model'", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherCurrency_IsRefusedNotConverted()
    {
        var decision = BudgetCheck.Check(Daily, Money.Zero("USD"), Costing(0.01m, "CNY"));

        Assert.False(decision.Allowed);
        Assert.Contains("CNY", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Many_ProviderBudgetAppliesOnlyToItsProvider()
    {
        var budgets = new[]
        {
            new Budget(Money.Of(20m, "USD"), BudgetPeriod.Monthly),
            new Budget(Money.Of(0.10m, "USD"), BudgetPeriod.Daily, "deepseek"),
        };
        Money Spent(Budget b) => b.Provider is null ? Money.Of(5m, "USD") : Money.Of(0.09m, "USD");

        Assert.True(BudgetCheck.Check(budgets, "openai", Spent, Costing(0.05m)).Allowed);
        var refused = BudgetCheck.Check(budgets, "DeepSeek", Spent, Costing(0.05m));
        Assert.False(refused.Allowed);
        Assert.Contains("for deepseek", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Many_OverallMonthlyRefusesEveryProvider()
    {
        var budgets = new[] { new Budget(Money.Of(20m, "USD"), BudgetPeriod.Monthly) };

        var decision = BudgetCheck.Check(budgets, "openai", _ => Money.Of(19.99m, "USD"), Costing(0.02m));

        Assert.False(decision.Allowed);
        Assert.Contains("next month", decision.Message, StringComparison.Ordinal);
    }
}
