using System.Buffers;
using System.Globalization;
using System.Text;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Makes text safe to show on a terminal: titles, file names, tags and reasons come from documents and
/// feeds, and an escape sequence in one (<c>ESC[2J</c>) would clear the screen, a newline would forge a
/// line of output. Control characters (C0, DEL, C1) are shown as <c>\e</c>, <c>\n</c>, <c>\r</c>,
/// <c>\t</c>, <c>\0</c>, <c>\xHH</c> (other C0 and DEL) or <c>\u00HH</c> (C1). JSON output never goes
/// through here: its escaping already protects it, and it must stay exact.
/// </summary>
public static class Printable
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Concat([0x7f]).Concat(Enumerable.Range(0x80, 0x20)).Select(c => (char)c).ToArray());

    private static readonly SearchValues<char> ControlsButLineBreaksAndTabs = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\n' or '\t')).Concat([0x7f]).Concat(Enumerable.Range(0x80, 0x20)).Select(c => (char)c).ToArray());

    /// <summary>One line: every control character escaped, line breaks included. Null becomes empty.</summary>
    public static string Line(string? text) => Escape(text ?? "", Controls);

    /// <summary>
    /// A block of lines (an item's text, an answer): line endings become <c>\n</c> and stay, as do tabs;
    /// every other control character is escaped.
    /// </summary>
    public static string Block(string? text)
    {
        string value = text ?? "";
        return Escape(value.Contains('\r', StringComparison.Ordinal) ? value.ReplaceLineEndings("\n") : value, ControlsButLineBreaksAndTabs);
    }

    /// <summary>One line for Spectre markup: <see cref="Line"/>, then markup brackets escaped.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Line(text));

    private static string Escape(string text, SearchValues<char> escaped)
    {
        int first = text.AsSpan().IndexOfAny(escaped);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            if (!escaped.Contains(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                '\u001b' => "\\e",
                < '\u0080' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }

        return builder.ToString();
    }
}
