using System.Globalization;
using System.Text.RegularExpressions;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Reads the dates feeds actually contain: RFC 822/1123 (<c>Tue, 05 Mar 2024 10:00:00 GMT</c>,
/// with named US zones, a missing weekday or seconds, one-digit days) and RFC 3339 / ISO 8601.
/// An unreadable date is null, never an error: one bad date must not lose a feed.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, string> _zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+0000", ["UT"] = "+0000", ["UTC"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
    };

    private static readonly string[] _rfc822 =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && value.Contains('-'))
        {
            return iso.ToUniversalTime();
        }

        // RFC 822: drop the weekday, turn a named zone into an offset, +0800 into +08:00 for "zzz".
        var rest = value.Contains(',') ? value[(value.IndexOf(',') + 1)..].Trim() : value;
        var zone = ZonePattern().Match(rest);
        if (zone.Success)
        {
            var offset = _zones.TryGetValue(zone.Groups[1].Value, out var named) ? named : zone.Groups[1].Value;
            if (offset.Length == 5 && offset[0] is '+' or '-')
            {
                rest = $"{rest[..zone.Index]} {offset[..3]}:{offset[3..]}";
            }
        }

        return DateTimeOffset.TryParseExact(rest, _rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc.ToUniversalTime()
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any.ToUniversalTime() : null;
    }

    [GeneratedRegex(@"\s+([A-Za-z]{1,3}|[+-]\d{4})$")]
    private static partial Regex ZonePattern();
}
