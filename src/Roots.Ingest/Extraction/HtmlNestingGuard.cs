using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Drops the tags of elements nested past <see cref="MaxDepth"/> before AngleSharp parses a page,
/// keeping their text. AngleSharp caps the depth of the tree it builds, but the HTML tree
/// construction rules scan the stack of open elements for each block tag, so 50,000 nested
/// <c>&lt;div&gt;</c> cost seconds of quadratic work; after this pass they cost milliseconds.
/// The scan is approximate (it counts start and end tags, skipping comments, raw text, void
/// elements and elements whose end tag is optional) and leaves ordinary pages untouched.
/// </summary>
internal static class HtmlNestingGuard
{
    /// <summary>Deepest nesting kept: 512 elements, AngleSharp's own tree limit; real pages stay under 100.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> _nonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "bgsound", "frame", "image", "p", "li", "dt", "dd", "option", "optgroup",
        "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption", "html",
        "head", "body",
    };

    private static readonly HashSet<string> _rawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>The page with over-deep tags removed; the same string when nothing is too deep.</summary>
    public static string Limit(string html)
    {
        StringBuilder? output = null;
        var copied = 0;
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                i = SkipMarkup(html, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = FindTagEnd(html, nameEnd);
            i = tagEnd;
            if (!closing && _rawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (_nonNesting.Contains(name) || (!closing && html[tagEnd - 1] == '>' && html[tagEnd - 2] == '/'))
            {
                continue;
            }

            depth = closing ? depth : depth + 1;
            if (depth > MaxDepth)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>Skips a comment, doctype or processing instruction starting at <paramref name="lt"/>.</summary>
    private static int SkipMarkup(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt + 1);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>The index after the <c>&gt;</c> that ends a tag, skipping quoted attribute values.</summary>
    private static int FindTagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && PreviousNonBlank(html, i, from) == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static char PreviousNonBlank(string html, int index, int from)
    {
        for (var i = index - 1; i >= from; i--)
        {
            if (!char.IsWhiteSpace(html[i]))
            {
                return html[i];
            }
        }

        return '\0';
    }
}
