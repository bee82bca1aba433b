using System.Globalization;

namespace Roots.Tokens.Pricing;

/// <summary>
/// An amount of money in one currency (ISO 4217 code, upper case). Arithmetic between different
/// currencies throws: Roots never converts currencies, it keeps them apart.
/// </summary>
/// <param name="Amount">The amount; <see cref="decimal"/> so that sums of many small prices stay exact.</param>
/// <param name="Currency">The currency code, e.g. <c>USD</c>, <c>CNY</c>.</param>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0m, Normalize(currency));

    /// <summary>Money with the currency code trimmed and upper-cased.</summary>
    public static Money Of(decimal amount, string currency) => new(amount, Normalize(currency));

    /// <summary>The sum; both must be in the same currency.</summary>
    public static Money operator +(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        return new(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>The difference; both must be in the same currency.</summary>
    public static Money operator -(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        return new(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Same as <c>+</c>.</summary>
    public Money Add(Money other) => this + other;

    /// <summary>Same as <c>-</c>.</summary>
    public Money Subtract(Money other) => this - other;

    /// <summary>True when both are in the same currency.</summary>
    public bool SameCurrencyAs(Money other) => string.Equals(Currency, other.Currency, StringComparison.OrdinalIgnoreCase);

    /// <summary>"USD 0.012345": the currency code, then the amount without trailing zeros past two decimals.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Currency} {Amount.ToString(Amount == decimal.Round(Amount, 2) ? "0.00" : "0.00####", CultureInfo.InvariantCulture)}");

    private static string Normalize(string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        return currency.Trim().ToUpperInvariant();
    }

    private static void RequireSameCurrency(Money left, Money right)
    {
        if (!left.SameCurrencyAs(right))
        {
            throw new InvalidOperationException($"cannot combine {left.Currency} and {right.Currency}; Roots does not convert currencies");
        }
    }
}
