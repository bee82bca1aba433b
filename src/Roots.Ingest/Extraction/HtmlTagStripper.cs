using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Removes tags and comments from a small piece of raw HTML (an HTML block inside Markdown),
/// keeping the text between them. Not a parser: whole pages go through <see cref="HtmlExtractor"/>.
/// </summary>
internal static class HtmlTagStripper
{
    public static string Strip(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, lt - i).Append(' ');
            var isComment = string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0;
            var end = isComment ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt + 1);
            i = end < 0 ? html.Length : end + (isComment ? 3 : 1);
        }

        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }
}
