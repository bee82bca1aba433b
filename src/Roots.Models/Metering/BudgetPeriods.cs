using Roots.Tokens.Budgets;

namespace Roots.Models.Metering;

/// <summary>Where a budget's current period began: midnight or the first of the month, in the user's time zone.</summary>
public static class BudgetPeriods
{
    /// <summary>The start of the <paramref name="period"/> that contains <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Start(BudgetPeriod period, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var start = period == BudgetPeriod.Daily
            ? new DateTime(local.Year, local.Month, local.Day, 0, 0, 0, DateTimeKind.Unspecified)
            : new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(start, zone.GetUtcOffset(start));
    }
}
