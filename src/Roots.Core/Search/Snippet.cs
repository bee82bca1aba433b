namespace Roots.Core.Search;

/// <summary>An excerpt of a document with the spans that matched the query.</summary>
/// <param name="Text">The excerpt, whitespace collapsed; may start or end with an ellipsis.</param>
/// <param name="Highlights">Matched spans inside <paramref name="Text"/>, sorted and not overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>The excerpt as an HTML fragment: text escaped, matches wrapped in <c>&lt;mark&gt;</c>.</summary>
    public string ToHtml() => Render(static s => System.Net.WebUtility.HtmlEncode(s), "<mark>", "</mark>");

    /// <summary>The excerpt with matches wrapped in the given markers, the rest passed through <paramref name="escape"/>.</summary>
    public string Render(Func<string, string> escape, string open, string close)
    {
        ArgumentNullException.ThrowIfNull(escape);
        var builder = new System.Text.StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        int at = 0;
        foreach (var span in Highlights)
        {
            builder.Append(escape(Text[at..span.Start])).Append(open).Append(escape(Text.Substring(span.Start, span.Length))).Append(close);
            at = span.Start + span.Length;
        }

        return builder.Append(escape(Text[at..])).ToString();
    }
}

/// <summary>A span of characters: start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
