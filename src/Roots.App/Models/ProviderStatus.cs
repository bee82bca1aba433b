using Roots.Tokens.Pricing;

namespace Roots.App.Models;

/// <summary>How one provider is doing, from the ledger and, where it has one, its balance endpoint.</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Kind">Its kind as configured.</param>
/// <param name="LastSuccess">When a call last succeeded, if ever (this month).</param>
/// <param name="LastError">The last failure's reason (scrubbed), if any.</param>
/// <param name="LastErrorAt">When it happened.</param>
/// <param name="Calls">Calls this month.</param>
/// <param name="ErrorRate">Failed calls over all sent calls this month (0 to 1).</param>
/// <param name="Circuit">closed, open or half-open as this process sees it.</param>
/// <param name="SpentToday">Spend today, per currency.</param>
/// <param name="SpentThisMonth">Spend this month, per currency.</param>
/// <param name="Budgets">The budgets that cover it, described ("daily budget USD 1.00").</param>
/// <param name="Balance">The remaining balance the provider reports, or null.</param>
/// <param name="UnpricedToday">Answered calls today whose model had no price: spend the amounts above do not include.</param>
/// <param name="UnpricedThisMonth">Answered calls this month whose model had no price.</param>
public sealed record ProviderStatus(
    string Name, string Kind, DateTimeOffset? LastSuccess, string? LastError, DateTimeOffset? LastErrorAt, int Calls, double ErrorRate,
    string Circuit, IReadOnlyList<Money> SpentToday, IReadOnlyList<Money> SpentThisMonth, IReadOnlyList<string> Budgets, Money? Balance,
    int UnpricedToday = 0, int UnpricedThisMonth = 0);
