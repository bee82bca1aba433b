using Roots.Ingest.Extraction;

namespace Roots.Ingest.Mail;

/// <summary>
/// Cuts an mbox (RFC 4155) into its messages. A message starts after a line beginning <c>From </c>
/// that opens the file or follows a blank line, which is how mail programs that do not escape
/// <c>From </c> in bodies still leave them readable. Lines escaped as <c>&gt;From </c> (mboxrd)
/// lose one <c>&gt;</c>. The cut is by bytes, so a message in any charset comes out as it went in.
/// Stateless and thread-safe.
/// </summary>
public static class MboxSplitter
{
    private static ReadOnlySpan<byte> FromLine => MboxStart.FromLine;

    /// <summary>The messages, in order; text before the first <c>From </c> line is left out. Empty for an empty mbox.</summary>
    public static List<MboxMessage> Split(ReadOnlyMemory<byte> mbox)
    {
        var messages = new List<MboxMessage>();
        var span = mbox.Span;
        var start = -1;
        var position = 0;
        var previousBlank = true;
        while (position < span.Length)
        {
            var newline = span[position..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? span.Length : position + newline + 1;
            var line = span[position..lineEnd];
            if (previousBlank && line.StartsWith(FromLine))
            {
                if (start >= 0)
                {
                    messages.Add(new MboxMessage(messages.Count + 1, Unescape(mbox[start..position])));
                }

                start = lineEnd;
            }

            previousBlank = line.TrimEnd("\r\n"u8).IsEmpty;
            position = lineEnd;
        }

        if (start >= 0)
        {
            messages.Add(new MboxMessage(messages.Count + 1, Unescape(mbox[start..])));
        }

        return messages;
    }

    /// <summary>The message with each <c>&gt;From </c> line (any number of <c>&gt;</c>) losing one <c>&gt;</c>.</summary>
    private static ReadOnlyMemory<byte> Unescape(ReadOnlyMemory<byte> message)
    {
        var span = message.Span;
        if (span.IndexOf("\n>"u8) < 0 && !span.StartsWith(">"u8))
        {
            return message;
        }

        var output = new MemoryStream(message.Length);
        var position = 0;
        while (position < span.Length)
        {
            var newline = span[position..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? span.Length : position + newline + 1;
            var line = span[position..lineEnd];
            var quotes = line.IndexOfAnyExcept((byte)'>');
            output.Write(quotes > 0 && line[quotes..].StartsWith(FromLine) ? line[1..] : line);
            position = lineEnd;
        }

        return output.ToArray();
    }

    /// <summary>How reports name message <paramref name="number"/> of the mbox at <paramref name="path"/>: <c>PATH#N</c>.</summary>
    public static string Label(string path, int number) => $"{path}#{number}";
}
