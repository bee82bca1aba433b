using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Writes the text of Markdown inlines: literal text, code spans, the text of links and the alt
/// text of images, entities decoded; raw HTML, task-list boxes and footnote marks dropped. Soft
/// line breaks stay line breaks (Chinese text must not gain spaces where a line was wrapped).
/// Iterative, like <see cref="MarkdownTextWriter"/>.
/// </summary>
internal static class MarkdownInlineText
{
    /// <summary>The inlines as one line of text; empty when there are none.</summary>
    public static string Render(ContainerInline? inlines, CancellationToken cancellationToken)
    {
        var writer = new ParagraphWriter();
        Write(inlines, writer, cancellationToken);
        return TextShape.OneLine(writer.ToString()) ?? string.Empty;
    }

    /// <summary>Writes the inlines to <paramref name="writer"/>.</summary>
    public static void Write(ContainerInline? inlines, ParagraphWriter writer, CancellationToken cancellationToken)
    {
        if (inlines?.FirstChild is null)
        {
            return;
        }

        var stack = new Stack<Inline>();
        stack.Push(inlines.FirstChild);
        var visited = 0;
        while (stack.TryPop(out var inline))
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (inline.NextSibling is { } next)
            {
                stack.Push(next);
            }

            switch (inline)
            {
                case LiteralInline literal:
                    writer.WriteCollapsed(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    writer.WriteCollapsed(code.Content);
                    break;
                case AutolinkInline autolink:
                    writer.WriteCollapsed(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    writer.WriteCollapsed(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    writer.Break(1);
                    break;
                case HtmlInline or TaskList or FootnoteLink:
                    break;
                case ContainerInline { FirstChild: { } child }:
                    stack.Push(child);
                    break;
            }
        }
    }
}
