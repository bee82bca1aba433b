using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Turns a parsed Markdown document into readable text: one paragraph per block, consecutive
/// items of one list on consecutive lines, table cells separated by tabs, code as written, and
/// no Markdown syntax. Walks the block tree with an explicit stack, so depth costs heap, not
/// call stack. Also notes the first level-1 heading and the first heading, for the title.
/// Not thread-safe: one instance per document.
/// </summary>
internal sealed class MarkdownTextWriter
{
    private readonly ParagraphWriter _writer = new();
    private readonly CancellationToken _cancellationToken;
    private ListBlock? _previousList;
    private int _visited;

    private MarkdownTextWriter(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>The text of the first level-1 heading, if any.</summary>
    public string? FirstLevelOneHeading { get; private set; }

    /// <summary>The text of the first heading of any level, if any.</summary>
    public string? FirstHeading { get; private set; }

    /// <summary>The text written.</summary>
    public string Text => _writer.ToString();

    /// <summary>Writes <paramref name="document"/>; cancellation is checked every few thousand nodes.</summary>
    public static MarkdownTextWriter Write(MarkdownDocument document, CancellationToken cancellationToken)
    {
        var writer = new MarkdownTextWriter(cancellationToken);
        writer.WriteBlocks(document);
        return writer;
    }

    private void WriteBlocks(MarkdownDocument document)
    {
        var stack = new Stack<(Block Block, ListBlock? List)>();
        PushChildren(stack, document, null);
        while (stack.TryPop(out var entry))
        {
            Tick();
            switch (entry.Block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case Table table:
                    StartBlock(null);
                    WriteTable(table);
                    break;
                case ListBlock list:
                    PushChildren(stack, list, entry.List ?? list);
                    break;
                case ContainerBlock container:
                    PushChildren(stack, container, entry.List);
                    break;
                case HeadingBlock heading:
                    StartBlock(entry.List);
                    WriteHeading(heading);
                    break;
                case LeafBlock leaf:
                    StartBlock(entry.List);
                    WriteLeaf(leaf);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(Block, ListBlock?)> stack, ContainerBlock container, ListBlock? list)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            stack.Push((container[i], list));
        }
    }

    /// <summary>Items of the same list go on consecutive lines; everything else is a new paragraph.</summary>
    private void StartBlock(ListBlock? list)
    {
        _writer.Break(list is not null && ReferenceEquals(list, _previousList) ? 1 : 2);
        _previousList = list;
    }

    private void WriteHeading(HeadingBlock heading)
    {
        var text = MarkdownInlineText.Render(heading.Inline, _cancellationToken);
        FirstHeading ??= text;
        if (heading.Level == 1)
        {
            FirstLevelOneHeading ??= text;
        }

        _writer.WriteCollapsed(text);
    }

    private void WriteLeaf(LeafBlock leaf)
    {
        switch (leaf)
        {
            case CodeBlock code:
                _writer.WriteRaw(TextShape.NormalizeLineEndings(code.Lines.ToString()).TrimEnd());
                break;
            case HtmlBlock html:
                _writer.WriteCollapsed(HtmlTagStripper.Strip(html.Lines.ToString()));
                break;
            case { Inline: not null }:
                MarkdownInlineText.Write(leaf.Inline, _writer, _cancellationToken);
                break;
            default:
                _writer.WriteCollapsed(leaf.Lines.ToString());
                break;
        }
    }

    private void WriteTable(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            _writer.Break(1);
            foreach (var cell in row.OfType<TableCell>())
            {
                _writer.Separate('\t');
                foreach (var leaf in cell.OfType<LeafBlock>())
                {
                    Tick();
                    WriteLeaf(leaf);
                }
            }
        }
    }

    private void Tick()
    {
        if (++_visited % 4096 == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
