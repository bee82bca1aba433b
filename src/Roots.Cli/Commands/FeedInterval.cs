using System.Globalization;

namespace Roots.Cli.Commands;

/// <summary>Intervals as people write them on the command line: <c>90s</c>, <c>30m</c>, <c>1h</c>, <c>1d</c>.</summary>
public static class FeedInterval
{
    /// <summary>Parses a number followed by s, m, h or d (a bare number means minutes).</summary>
    public static bool TryParse(string? text, out TimeSpan interval)
    {
        interval = default;
        text = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        char unit = char.IsAsciiLetter(text[^1]) ? text[^1] : 'm';
        string number = char.IsAsciiLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) || value <= 0 || value > 1e6)
        {
            return false;
        }

        interval = unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => default,
        };
        return interval > TimeSpan.Zero;
    }

    /// <summary>The shortest exact spelling: 1h, 30m, 1d, 90s.</summary>
    public static string Format(TimeSpan interval) =>
        interval.TotalDays >= 1 && interval.TotalDays % 1 == 0 ? $"{interval.TotalDays:0}d"
        : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"{interval.TotalHours:0}h"
        : interval.TotalMinutes >= 1 && interval.TotalMinutes % 1 == 0 ? $"{interval.TotalMinutes:0}m"
        : $"{interval.TotalSeconds:0}s";
}
