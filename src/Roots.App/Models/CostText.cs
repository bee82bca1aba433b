using System.Globalization;
using Roots.Tokens.Pricing;

namespace Roots.App.Models;

/// <summary>
/// How spend reads to a person, the same in the terminal and on the web: an amount where calls were priced, and
/// "price unknown" with the count of calls whose model had no price, never a zero that reads like a price.
/// </summary>
public static class CostText
{
    /// <summary>"USD 0.0021", "price unknown (2 unpriced calls)", or both for a mix.</summary>
    public static string Of(IReadOnlyList<Money> spent, int unpriced)
    {
        ArgumentNullException.ThrowIfNull(spent);
        string priced = string.Join(" + ", spent);
        return (spent.Count, unpriced) switch
        {
            (0, 0) => "nothing",
            (_, 0) => priced,
            (0, _) => Unknown(unpriced),
            _ => $"{priced} + {Unknown(unpriced)}",
        };
    }

    /// <summary>A cost line's cost: its amount and currency, or "price unknown (N unpriced calls)".</summary>
    public static string Of(CostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string priced = line.Cost is { } cost && line.Currency is { } currency
            ? string.Create(CultureInfo.InvariantCulture, $"{currency} {cost:0.00####}")
            : "";
        return line.Unpriced == 0 ? (priced.Length > 0 ? priced : "price unknown")
            : priced.Length > 0 ? $"{priced} + {Unknown(line.Unpriced)}"
            : Unknown(line.Unpriced);
    }

    private static string Unknown(int calls) => $"price unknown ({calls} unpriced call{(calls == 1 ? "" : "s")})";
}
