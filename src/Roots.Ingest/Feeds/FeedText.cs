using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Roots.Ingest.Feeds;

/// <summary>Helpers for reading text out of feed elements.</summary>
internal static partial class FeedText
{
    /// <summary>The trimmed value of a child element, or null when missing or blank.</summary>
    public static string? Child(XElement parent, XName name) =>
        parent.Element(name)?.Value is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>HTML turned into one line of plain text: tags dropped, entities decoded, white space collapsed.</summary>
    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? null : line;
    }

    /// <summary>The name out of an RSS author field written as <c>mail@example.org (Name)</c>.</summary>
    public static string Author(string value)
    {
        var open = value.IndexOf('(');
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? value[(open + 1)..close].Trim() : value.Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
