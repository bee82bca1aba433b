namespace Roots.Ingest.Extraction;

/// <summary>
/// Recognises the start of an mbox (RFC 4155): a <c>From </c> line with a sender and a date, then a
/// mail header line. Prose that starts "From here on" has no header line after it. Stateless and thread-safe.
/// </summary>
internal static class MboxStart
{
    /// <summary>The bytes every mbox separator line starts with.</summary>
    public static ReadOnlySpan<byte> FromLine => "From "u8;

    /// <summary>True when <paramref name="head"/> starts with an mbox <c>From </c> line followed by a header line.</summary>
    public static bool Matches(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith(FromLine))
        {
            return false;
        }

        var end = head.IndexOf((byte)'\n');
        if (end < 0 || end + 1 >= head.Length)
        {
            return false;
        }

        var separator = head[FromLine.Length..end];
        var next = head[(end + 1)..];
        var colon = next.IndexOf((byte)':');
        var newline = next.IndexOf((byte)'\n');
        return separator.IndexOf((byte)' ') > 0 && colon > 0 && (newline < 0 || colon < newline) && next[..colon].IndexOfAny((byte)' ', (byte)'\t') < 0;
    }
}
