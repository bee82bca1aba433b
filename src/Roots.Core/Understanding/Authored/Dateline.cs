using System.Globalization;
using System.Text.RegularExpressions;

namespace Roots.Core.Understanding.Authored;

/// <summary>
/// The date a document gives itself near its top: a line that is only a date (<c>2026年6月</c>,
/// <c>June 2026</c>, <c>12 June 2026</c>, <c>2026-06-12</c>), or a date right after words that
/// say it is the writing date (截至成文时、写于、发表于、日期; as of, written, dated, published).
/// A date inside the body ("in March 2026 the price fell") is history, not a dateline, and is
/// never taken. A pasted Chinese date that lost its 年 (<c>20266月</c>) still reads as 2026-06.
/// </summary>
public static partial class Dateline
{
    /// <summary>How far into a document a dateline may stand, in characters.</summary>
    public const int HeadLength = 4_000;

    /// <summary>A line this short holding a date is a dateline.</summary>
    private const int DatelineLength = 40;

    /// <summary>How close before a date its cue word must stand, in characters.</summary>
    private const int CueDistance = 40;

    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dateline of <paramref name="lines"/> as an ISO partial date, or null.</summary>
    public static string? Find(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (line.Start >= HeadLength)
            {
                break;
            }

            string text = line.Trimmed;
            foreach (var (index, date) in Dates(text))
            {
                if (text.Length <= DatelineLength || HasCue(text[Math.Max(0, index - CueDistance)..index]))
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>Every well-formed date in <paramref name="text"/> with where it starts, as ISO partial dates.</summary>
    public static IEnumerable<(int Index, string Date)> Dates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int, string)>();
        foreach (Match m in Chinese().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        foreach (Match m in Iso().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        foreach (Match m in MonthFirst().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value);
        }

        foreach (Match m in DayFirst().Matches(text))
        {
            Add(found, m.Index, m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value);
        }

        return found.OrderBy(f => f.Item1);
    }

    private static void Add(List<(int, string)> found, int index, string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2100 || !int.TryParse(month, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12)
        {
            return;
        }

        if (day.Length == 0)
        {
            found.Add((index, $"{y:D4}-{m:D2}"));
        }
        else if (int.TryParse(day, CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            found.Add((index, $"{y:D4}-{m:D2}-{d:D2}"));
        }
    }

    private static string Month(string name)
    {
        int index = Array.IndexOf(s_months, name[..3].ToLowerInvariant());
        return index < 0 ? "" : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static bool HasCue(string before)
    {
        string lower = before.ToLowerInvariant();
        return Cues().IsMatch(lower);
    }

    [GeneratedRegex(@"截至|截止|成文|写于|寫於|撰于|作于|发表于|發表於|发布于|日期|时间[:：]|as of|written|dated|date[:：]|published|posted on", RegexOptions.CultureInvariant)]
    private static partial Regex Cues();

    // 2026年6月, 2026年6月12日, and 20266月 (a pasted date that lost its 年).
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})\s*年?\s*(?<m>1[0-2]|0?[1-9])\s*月(?:\s*(?<d>3[01]|[12]\d|0?[1-9])\s*[日号])?", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\d|3[01]))?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // June 2026, June 12, 2026, Jun. 2026
    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:(?<d>\d{1,2}),?\s+)?(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    // 12 June 2026
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
