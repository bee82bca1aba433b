using System.Globalization;
using Roots.Core;

namespace Roots.Publish.Metadata;

/// <summary>
/// A publication date known to the year, the month or the day. Bibliographic dates are often
/// partial ("2026", "June 2026"), and inventing the missing parts would publish a falsehood.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12; <c>null</c> when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month; <c>null</c> when unknown (always <c>null</c> without a month).</summary>
    public int? Day { get; }

    /// <summary>A date known to the day.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Validates a year, optionally with month and day.</summary>
    /// <returns>The date, or a one-line reason.</returns>
    public static Result<PartialDate> Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            return Result<PartialDate>.Fail($"the year {year} is out of range (1 to 9999)");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            return Result<PartialDate>.Fail($"the month {m} is out of range (1 to 12)");
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            return Result<PartialDate>.Fail($"the day {d} is not a day of {year}-{month}");
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>Parses <c>2026</c>, <c>2026-06</c> or <c>2026-06-01</c> (ISO 8601 / W3CDTF).</summary>
    public static Result<PartialDate> Parse(string text)
    {
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return Result<PartialDate>.Fail($"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }

        int Part(int i) => int.Parse(parts[i], CultureInfo.InvariantCulture);
        return Create(Part(0), parts.Length > 1 ? Part(1) : null, parts.Length > 2 ? Part(2) : null);
    }

    /// <summary>The ISO 8601 form with as many parts as are known: <c>2026</c>, <c>2026-06</c>, <c>2026-06-01</c>.</summary>
    public string ToIsoString() => Join("-");

    /// <summary>The form with slashes that Google Scholar asks for: <c>2026/06/01</c>.</summary>
    public string ToSlashString() => Join("/");

    /// <summary>The year as four digits, zero-padded (DataCite's <c>yearType</c> is exactly four digits).</summary>
    public string YearText => Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="ToIsoString"/>
    public override string ToString() => ToIsoString();

    private string Join(string separator)
    {
        string text = YearText;
        if (Month is { } m)
        {
            text += separator + m.ToString("D2", CultureInfo.InvariantCulture);
        }

        if (Day is { } d)
        {
            text += separator + d.ToString("D2", CultureInfo.InvariantCulture);
        }

        return text;
    }
}
