using System.Text;

namespace Roots.Publish.Metadata;

/// <summary>
/// Makes any string safe to put in any output format: removes the control characters XML 1.0
/// forbids (and that have no business in metadata), and replaces unpaired surrogates, which
/// <c>Utf8JsonWriter</c> and <c>XmlWriter</c> refuse and UTF-8 cannot encode.
/// </summary>
/// <remarks>
/// Every exporter writes text through this one function, so hostile or corrupt input changes
/// the text slightly instead of throwing halfway through a file.
/// </remarks>
internal static class CleanText
{
    /// <summary>The cleaned text; empty for <c>null</c>. Returns the same instance when nothing changes.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        int first = FirstBad(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsForbidden(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The cleaned text with every run of whitespace (line breaks included) made one space and the ends trimmed, for line-oriented formats.</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">Stop once the result has this many characters (the start of the full result).</param>
    public static string OneLine(string? text, int max = int.MaxValue)
    {
        string clean = Of(text);
        var builder = new StringBuilder(Math.Min(clean.Length, max));
        bool space = false;
        foreach (char c in clean)
        {
            if (builder.Length >= max)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int FirstBad(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    // C0 controls other than tab, LF and CR; DEL and the C1 controls; the two non-characters XML excludes.
    private static bool IsForbidden(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF';
}
