using System.Text;
using System.Text.RegularExpressions;
using Roots.Publish.Head;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// Turns collected plain text into HTML: paragraphs at blank lines, line breaks kept, every
/// character escaped, and bare http(s) URLs and DOIs made into links. The result still goes
/// through <see cref="ContentSanitizer"/>; this step only decides the structure.
/// </summary>
public static partial class TextToHtml
{
    /// <summary>Longest text rendered; past it the page says the text continues in the original.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>The HTML of <paramref name="text"/>.</summary>
    public static string Render(string text)
    {
        string body = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (body.Length > MaxCharacters)
        {
            body = body[..MaxCharacters] + " …";
        }

        var html = new StringBuilder(body.Length + body.Length / 8);
        foreach (string paragraph in Paragraphs().Split(body))
        {
            string trimmed = paragraph.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            html.Append("<p>");
            string[] lines = trimmed.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append("<br>\n");
                }

                AppendLinked(html, lines[i].TrimEnd());
            }

            html.Append("</p>\n");
        }

        return html.ToString();
    }

    private static void AppendLinked(StringBuilder html, string line)
    {
        int at = 0;
        foreach (Match match in Links().Matches(line))
        {
            html.Append(HtmlText.Escape(line[at..match.Index]));
            string shown = match.Value.TrimEnd('.', ',', ';', ':', ')', '。', '，');
            string href = shown.StartsWith("10.", StringComparison.Ordinal) ? "https://doi.org/" + shown : shown;
            html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(shown)).Append("</a>");
            at = match.Index + shown.Length;
        }

        html.Append(HtmlText.Escape(line[at..]));
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"https?://[^\s<>""'\u3000-\u303F\uFF00-\uFFEF]+|\b10\.\d{4,9}/[^\s<>""'\u3000-\u303F\uFF00-\uFFEF]+")]
    private static partial Regex Links();
}
