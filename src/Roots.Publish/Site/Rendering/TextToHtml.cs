using System.Text;
using System.Text.RegularExpressions;
using Roots.Core.Identifiers;
using Roots.Publish.Head;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// Turns collected plain text into HTML: paragraphs at blank lines, the hard wraps of the source
/// joined (with a space between Latin words, without one between Chinese characters), every
/// character escaped, and bare http(s) URLs and DOIs made into links. The result still goes
/// through <see cref="ContentSanitizer"/>; this step only decides the structure.
/// </summary>
public static partial class TextToHtml
{
    /// <summary>Longest text rendered; past it the page says the text continues in the original.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>The HTML of <paramref name="text"/>; a first paragraph equal to <paramref name="title"/> is left out (the page shows the title already).</summary>
    public static string Render(string text, string? title = null)
    {
        string body = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (body.Length > MaxCharacters)
        {
            body = body[..MaxCharacters] + " …";
        }

        var html = new StringBuilder(body.Length + body.Length / 8);
        bool first = true;
        foreach (string paragraph in Paragraphs().Split(body))
        {
            string joined = Join(paragraph.Trim().Split('\n'));
            if (joined.Length == 0 || (first && title is not null && joined == title.Trim()))
            {
                first = false;
                continue;
            }

            first = false;
            html.Append("<p>");
            AppendLinked(html, joined);
            html.Append("</p>\n");
        }

        return html.ToString();
    }

    private static string Join(string[] lines)
    {
        var text = new StringBuilder();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && !(IsWide(text[^1]) && IsWide(line[0])))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    /// <summary>CJK characters and full-width punctuation, which join without spaces.</summary>
    private static bool IsWide(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F');

    /// <summary>
    /// Escapes <paramref name="line"/>, linking its web addresses and bare DOIs. Addresses end by the one rule
    /// the identifier extractor and <c>publish --check</c> use (<see cref="IdentifierExtractor.UrlSpans"/>): in
    /// Chinese text an address ends at the first character that cannot belong to it in context.
    /// </summary>
    private static void AppendLinked(StringBuilder html, string line)
    {
        var links = IdentifierExtractor.UrlSpans(line).Select(span => (span.Start, span.Length, Doi: false)).ToList();
        foreach (Match match in Dois().Matches(line))
        {
            int length = IdentifierExtractor.TrimAddressEnd(match.Value).Length;
            if (!links.Any(l => match.Index < l.Start + l.Length && l.Start < match.Index + length))
            {
                links.Add((match.Index, length, Doi: true));
            }
        }

        int at = 0;
        foreach (var (start, length, doi) in links.OrderBy(l => l.Start))
        {
            string shown = line.Substring(start, length);
            string href = doi ? "https://doi.org/" + shown : shown;
            html.Append(HtmlText.Escape(line[at..start]));
            html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(shown)).Append("</a>");
            at = start + length;
        }

        html.Append(HtmlText.Escape(line[at..]));
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraphs();

    /// <summary>
    /// A bare DOI: printable ASCII after the prefix, like an address (it ends at a space or a CJK character). It may
    /// follow a Chinese character directly ("参见10.1145/…"), so it starts after anything but a Latin letter, digit or dot.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z./])10\.\d{4,9}/[!#-&(-;=?-~]+")]
    private static partial Regex Dois();
}
