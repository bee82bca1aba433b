using Roots.Tokens.Pricing;

namespace Roots.Tokens.Tests.Pricing;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_Sums()
    {
        Assert.Equal(new Money(0.3m, "USD"), Money.Of(0.1m, "usd") + Money.Of(0.2m, "USD"));
    }

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "USD") + Money.Of(1m, "CNY"));
    }

    [Theory]
    [InlineData("1", "USD 1.00")]
    [InlineData("0.0123", "USD 0.0123")]
    [InlineData("0.000001", "USD 0.000001")]
    public void ToString_ShowsCurrencyAndSignificantDigits(string amount, string expected)
    {
        Assert.Equal(expected, Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "USD").ToString());
    }
}
