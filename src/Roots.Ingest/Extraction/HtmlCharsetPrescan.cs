using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Finds the charset a page declares about itself in its first 1024 bytes, read as ASCII:
/// <c>&lt;meta charset="gbk"&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt;</c>, the two forms
/// the HTML standard's prescan honours. A declared UTF-16 is read as UTF-8, as the standard says
/// (bytes that are really UTF-16 carry a byte-order mark, which wins anyway).
/// </summary>
internal static class HtmlCharsetPrescan
{
    /// <summary>How far the prescan looks: 1024 bytes, as in the HTML standard.</summary>
    public const int Window = 1024;

    /// <summary>The declared charset label, or null when the page declares none in its first 1024 bytes.</summary>
    public static string? Find(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content.Length > Window ? content[..Window] : content);
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = head.IndexOf('>', at);
            var tag = end < 0 ? head[at..] : head[at..end];
            at += 5;
            var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset < 0)
            {
                continue;
            }

            var label = ReadValue(tag.AsSpan(charset + 7));
            if (label.Length > 0)
            {
                return label.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) ? "utf-8" : label;
            }
        }

        return null;
    }

    /// <summary>Reads <c>= "value"</c>, <c>='value'</c> or <c>=value</c>, stopping at a quote, blank, <c>;</c> or <c>/</c>.</summary>
    private static string ReadValue(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return string.Empty;
        }

        rest = rest[1..].TrimStart().TrimStart("\"'").TrimStart();
        var length = 0;
        while (length < rest.Length && rest[length] is not ('"' or '\'' or ';' or ' ' or '\t' or '\n' or '\r' or '/' or '>'))
        {
            length++;
        }

        return rest[..length].ToString();
    }
}
