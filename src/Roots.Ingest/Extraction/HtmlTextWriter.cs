using AngleSharp.Dom;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Writes the readable text of an HTML subtree: page furniture (scripts, styles, navigation,
/// headers, footers, asides, forms, frames, hidden elements) is dropped, block elements start
/// new lines or paragraphs, table cells are separated by tabs, white space is collapsed except
/// inside <c>&lt;pre&gt;</c>. A <c>&lt;header&gt;</c> inside an <c>&lt;article&gt;</c> is kept:
/// there it holds the article's heading, not the site's. Walks with an explicit stack.
/// </summary>
internal static class HtmlTextWriter
{
    private static readonly HashSet<string> _dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "iframe",
        "object", "embed", "canvas", "button", "select", "textarea", "input", "head", "title", "dialog", "audio",
        "video", "map",
    };

    private static readonly HashSet<string> _paragraphs = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main", "ul", "ol",
        "dl", "table", "figure", "hr", "address", "details", "fieldset", "header", "center", "hgroup",
    };

    private static readonly HashSet<string> _lines = new(StringComparer.Ordinal)
    {
        "div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "legend", "body", "html", "option",
    };

    /// <summary>The text of <paramref name="root"/> and its descendants.</summary>
    public static string Write(IElement root, CancellationToken cancellationToken)
    {
        var writer = new ParagraphWriter();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var preformatted = 0;
        var articles = 0;
        var visited = 0;
        while (stack.TryPop(out var entry))
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (entry.Node is IText text)
            {
                if (preformatted > 0)
                {
                    writer.WriteRaw(TextShape.NormalizeLineEndings(text.Data));
                }
                else
                {
                    writer.WriteCollapsed(text.Data);
                }

                continue;
            }

            if (entry.Node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (entry.Leaving)
            {
                Leave(writer, name, ref preformatted, ref articles);
                continue;
            }

            if (IsDropped(element, name, articles))
            {
                continue;
            }

            Enter(writer, name, ref preformatted, ref articles);
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return writer.ToString();
    }

    private static bool IsDropped(IElement element, string name, int articles) =>
        _dropped.Contains(name)
        || (name == "header" && articles == 0)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);

    private static void Enter(ParagraphWriter writer, string name, ref int preformatted, ref int articles)
    {
        switch (name)
        {
            case "br":
                writer.LineBreak();
                return;
            case "td" or "th":
                writer.Separate('\t');
                return;
            case "pre":
                preformatted++;
                break;
            case "article":
                articles++;
                break;
        }

        BreakAround(writer, name);
    }

    private static void Leave(ParagraphWriter writer, string name, ref int preformatted, ref int articles)
    {
        switch (name)
        {
            case "pre":
                preformatted--;
                break;
            case "article":
                articles--;
                break;
        }

        BreakAround(writer, name);
    }

    private static void BreakAround(ParagraphWriter writer, string name)
    {
        if (_paragraphs.Contains(name))
        {
            writer.Break(2);
        }
        else if (_lines.Contains(name))
        {
            writer.Break(1);
        }
    }
}
