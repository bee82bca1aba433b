namespace Roots.Ingest.Extraction;

/// <summary>
/// Finds Markdown nested deeper than any real note before Markdig sees it. Markdig refuses
/// documents deeper than its limit, but only after work that grows with the square of the depth
/// (a 9 MB staircase of nested list items takes it most of a minute); this line-by-line scan
/// costs one pass. It counts the container markers (<c>&gt;</c>, bullets, ordered-list numbers)
/// at the start of a line, plus half the indentation of a line that starts a list item.
/// </summary>
internal static class MarkdownNestingGuard
{
    /// <summary>Deepest nesting accepted: 100 levels, under Markdig's own limit of 128 (which inlines share).</summary>
    public const int MaxDepth = 100;

    /// <summary>True when some line nests deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsTooDeep(string markdown)
    {
        var rest = markdown.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.Length * 2 > MaxDepth && Depth(line) > MaxDepth)
            {
                return true;
            }

            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return false;
    }

    private static int Depth(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var indent = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            indent += line[i] == '\t' ? 4 : 1;
        }

        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerLength(line[i..]) is > 0 and var length)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return markers == 0 ? 0 : markers + (indent / 2);
    }

    /// <summary>Length of <c>12.</c> or <c>3)</c> plus the following blank, or 0 when the line does not start with one.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
