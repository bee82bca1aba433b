namespace Roots.Ingest.Extraction;

/// <summary>
/// Recognises the start of an HTML document: <c>&lt;!doctype html</c> or <c>&lt;html</c>, after
/// blanks, comments and an XML declaration. Deliberately narrow, so that Markdown or text that
/// merely mentions a tag is not taken for a web page.
/// </summary>
internal static class HtmlStart
{
    public static bool Matches(string start)
    {
        var rest = start.AsSpan().TrimStart();
        while (true)
        {
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                rest = rest[(end + 3)..].TrimStart();
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                rest = rest[(end + 2)..].TrimStart();
            }
            else
            {
                break;
            }
        }

        if (rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            && (rest.Length == 5 || rest[5] is '>' or ' ' or '\t' or '\n' or '\r' or '/');
    }
}
