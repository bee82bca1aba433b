namespace Roots.Ingest.Extraction;

/// <summary>Small text clean-ups every extractor applies the same way.</summary>
internal static class TextShape
{
    /// <summary>Longest first line taken as a title: 120 characters; a longer one is a paragraph, not a title.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>Turns CRLF and lone CR into LF; returns the same string when there is nothing to change.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The first non-blank line, trimmed, when it is short enough to be a title; otherwise null.</summary>
    public static string? FirstLineTitle(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (!line.IsEmpty)
            {
                return line.Length <= MaxTitleLength ? line.ToString() : null;
            }

            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return null;
    }

    /// <summary>Collapses every run of white space to one space and trims; null when nothing is left.</summary>
    public static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
