using System.Globalization;

namespace Roots.App.Models;

/// <summary>The start of the period a costs report covers, as <c>roots costs --since</c> names it.</summary>
public static class CostPeriod
{
    /// <summary>
    /// Reads <paramref name="text"/>: empty for the first of this month, <c>7d</c> for seven days
    /// back from today's midnight, or a date (<c>yyyy-MM-dd</c>, taken in <paramref name="zone"/>
    /// unless it carries an offset).
    /// </summary>
    /// <returns>False when the text is none of these.</returns>
    public static bool TryParseSince(string? text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        since = At(new DateTime(local.Year, local.Month, 1), zone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.EndsWith('d') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int days))
        {
            since = At(local.Date.AddDays(-days), zone);
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var given) && given.Kind == DateTimeKind.Unspecified)
        {
            since = At(given, zone);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since);
    }

    /// <summary>A wall-clock time in <paramref name="zone"/>, with the offset that zone has then.</summary>
    private static DateTimeOffset At(DateTime wallClock, TimeZoneInfo zone) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified)));
}
