using System.Text;
using Roots.Publish.Metadata;

namespace Roots.Publish.Head;

/// <summary>HTML escaping for text content and attribute values.</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes &amp; &lt; &gt; " and ' so the result is safe both as element text and inside a
    /// single- or double-quoted attribute value; also removes the control characters that
    /// <c>CleanText</c> removes everywhere. <c>&lt;/script&gt;</c> becomes
    /// <c>&amp;lt;/script&amp;gt;</c>, inert text.
    /// </summary>
    public static string Escape(string? text)
    {
        string clean = CleanText.Of(text);
        var builder = new StringBuilder(clean.Length + 16);
        foreach (char c in clean)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\''))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
