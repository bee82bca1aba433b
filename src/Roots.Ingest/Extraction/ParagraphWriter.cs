using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Builds readable text out of pieces: callers ask for a line break or a paragraph break and a
/// separator between words or cells, and the writer emits at most one blank line between
/// paragraphs, no spaces at line ends, and nothing at the start or end. Shared by the Markdown
/// and HTML walkers so that both produce the same shape. Not thread-safe (one per document).
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private char _pendingSeparator;

    /// <summary>Asks for <paramref name="newlines"/> line ends before the next text (1: new line, 2: new paragraph).</summary>
    public void Break(int newlines) => _pendingBreaks = Math.Max(_pendingBreaks, Math.Min(newlines, 2));

    /// <summary>Adds one line end to those already pending (an HTML <c>&lt;br&gt;</c>); two make a paragraph.</summary>
    public void LineBreak() => _pendingBreaks = Math.Min(_pendingBreaks + 1, 2);

    /// <summary>Asks for a separator before the next text on the same line; a tab (between cells) wins over a space.</summary>
    public void Separate(char separator)
    {
        if (_pendingSeparator != '\t')
        {
            _pendingSeparator = separator;
        }
    }

    /// <summary>Writes text as it is (code, preformatted text); line ends must already be <c>\n</c>.</summary>
    public void WriteRaw(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Flush();
        _text.Append(text);
    }

    /// <summary>Writes text with every run of white space turned into one separating space.</summary>
    public void WriteCollapsed(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var blank = IndexOfWhiteSpace(text);
            if (blank != 0)
            {
                var word = blank < 0 ? text : text[..blank];
                Flush();
                _text.Append(word);
                if (blank < 0)
                {
                    return;
                }
            }

            Separate(' ');
            text = text[blank..].TrimStart();
        }
    }

    /// <summary>The text written so far, trimmed.</summary>
    public override string ToString()
    {
        TrimLineEnd();
        return _text.ToString().Trim();
    }

    private void Flush()
    {
        if (_text.Length == 0)
        {
            _pendingBreaks = 0;
            _pendingSeparator = '\0';
            return;
        }

        if (_pendingBreaks > 0)
        {
            TrimLineEnd();
            var existing = 0;
            for (var i = _text.Length - 1; i >= 0 && _text[i] == '\n' && existing < 2; i--)
            {
                existing++;
            }

            _text.Append('\n', Math.Max(0, _pendingBreaks - existing));
        }
        else if (_pendingSeparator != '\0' && _text[^1] != '\n' && _text[^1] != ' ' && _text[^1] != '\t')
        {
            _text.Append(_pendingSeparator);
        }

        _pendingBreaks = 0;
        _pendingSeparator = '\0';
    }

    private void TrimLineEnd()
    {
        var end = _text.Length;
        while (end > 0 && _text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        _text.Length = end;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
