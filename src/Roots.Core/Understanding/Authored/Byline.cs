using System.Text.RegularExpressions;
using Roots.Core.Identifiers;

namespace Roots.Core.Understanding.Authored;

/// <summary>
/// The byline near the top of a document: <c>作者：巫朝晖</c>, <c>Author: Jane Doe</c>,
/// <c>Author/Independent International Scholar: Wu Zhaohui, JEFFI CHAO HUI WU</c>, <c>By Jane Doe</c>,
/// with the ORCID iD printed on it or on the lines just below (<c>ORCID:</c> then
/// <c>https://orcid.org/…</c>). Only the head counts: a "by Tuya" above a poem in the middle of
/// a collection names that poem's author, not the document's.
/// </summary>
public static partial class Byline
{
    /// <summary>How far into a document a byline may stand, in characters.</summary>
    public const int HeadLength = 4_000;

    /// <summary>The names and ORCID iD of the first byline in the head of <paramref name="lines"/>; null when there is none.</summary>
    public static (IReadOnlyList<string> Names, string? Orcid)? Find(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (int i = 0; i < lines.Count && lines[i].Start < HeadLength; i++)
        {
            string line = lines[i].Trimmed;
            var match = Labelled().Match(line);
            string? value = match.Success ? match.Groups["value"].Value
                : line.Length <= 80 && By().Match(line) is { Success: true } by ? by.Groups["value"].Value : null;
            if (value is null)
            {
                continue;
            }

            string? orcid = OrcidNear(lines, i, out string withoutOrcid, value);
            var names = Names(withoutOrcid);
            if (names.Count > 0)
            {
                return (names, names.Count == 1 ? orcid : null);
            }
        }

        return null;
    }

    /// <summary>The people a byline's value names: "A; B", "A and B", "A、B", "Family, Given", a name then its form in capitals.</summary>
    public static IReadOnlyList<string> Names(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string cleaned = Handle().Replace(value, "").Trim().TrimEnd('.', '。', ',', '，');
        var parts = cleaned.Split([";", "；", "、", " and ", " & ", "，", " with "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var names = new List<string>();
        foreach (string part in parts)
        {
            string[] commas = part.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // "Doe, Jane" is one person written family name first; "Wu Zhaohui, JEFFI CHAO HUI WU" is a name and its capitals form.
            if (commas.Length == 2 && !commas[0].Contains(' ', StringComparison.Ordinal) && commas[1].Split(' ').Length <= 2 && !IsCapitalsForm(commas[1]))
            {
                names.Add(commas[0] + ", " + commas[1]);
                continue;
            }

            foreach (string name in commas)
            {
                bool alias = names.Count > 0 && IsCapitalsForm(name);
                if (!alias && IsName(name))
                {
                    names.Add(name);
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).Take(20).ToList();
    }

    private static string? OrcidNear(IReadOnlyList<TextLine> lines, int at, out string value, string byline)
    {
        value = byline;
        if (OrcidId().Match(byline) is { Success: true } inline && Valid(inline.Groups["id"].Value) is { } onLine)
        {
            value = byline[..inline.Index].Replace("ORCID", "", StringComparison.OrdinalIgnoreCase).TrimEnd(' ', ',', '(', ';');
            return onLine;
        }

        for (int j = at + 1; j < lines.Count && j <= at + 3; j++)
        {
            string line = lines[j].Trimmed;
            bool labelled = line.Contains("orcid", StringComparison.OrdinalIgnoreCase)
                || lines[j - 1].Trimmed.StartsWith("ORCID", StringComparison.OrdinalIgnoreCase);
            if (labelled && OrcidId().Match(line) is { Success: true } below && Valid(below.Groups["id"].Value) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Valid(string id) =>
        Identifier.Create(IdentifierKind.Orcid, id) is { IsSuccess: true } orcid ? orcid.Value.Value : null;

    /// <summary>"JEFFI CHAO HUI WU": Latin capitals only, the printed form of a name already given.</summary>
    private static bool IsCapitalsForm(string name) =>
        name.Any(char.IsAsciiLetter) && name.All(c => !char.IsLetter(c) || char.IsAsciiLetterUpper(c)) && name.Count(char.IsAsciiLetter) > 3;

    /// <summary>A name is short, has letters and no digits, and is not a sentence.</summary>
    private static bool IsName(string name) =>
        name.Length is > 0 and <= 80 && name.Any(char.IsLetter) && !name.Any(char.IsAsciiDigit) && name.Split(' ').Length <= 6
        && !name.EndsWith(':') && !name.Contains("http", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:authors?|written\s+by|作\s*者|撰\s*文|文\s*[/／])(?:\s*[/／(（][^:：\n]{1,60}?[)）]?)?\s*[:：]\s*(?<value>\S.{0,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^by\s+(?<value>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:\(@[^)]*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex By();

    [GeneratedRegex(@"(?:orcid\.org/|ORCID\s*(?:iD)?\s*[:：]?\s*)(?<id>\d{4}-\d{4}-\d{4}-\d{3}[\dX])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrcidId();

    [GeneratedRegex(@"\(@[^)]*\)|@\w+")]
    private static partial Regex Handle();
}
