namespace Roots.Core.Understanding.Authored;

/// <summary>One line of a text with where it starts, for readers that need both the words and the place.</summary>
/// <param name="Start">Offset of the line's first character in the text.</param>
/// <param name="Text">The line without its line break.</param>
public readonly record struct TextLine(int Start, string Text)
{
    /// <summary>The line without surrounding white space (no-break spaces included).</summary>
    public string Trimmed => Text.Trim();

    /// <summary>True when the line holds nothing but white space (an empty paragraph in a pasted document).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>The lines of <paramref name="text"/> (LF, CRLF or CR breaks), with their offsets.</summary>
    public static List<TextLine> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(new TextLine(start, text[start..i]));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new TextLine(start, text[start..]));
        }

        return lines;
    }
}
