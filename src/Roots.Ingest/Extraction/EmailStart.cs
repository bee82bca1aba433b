namespace Roots.Ingest.Extraction;

/// <summary>
/// Recognises the start of an email with no telling name: a block of header lines
/// (<c>Name: value</c>, or a folded continuation) up to a blank line, holding a sender or
/// transport header (From, Received, Return-Path, Message-ID) and one of Date, Subject or To.
/// Two kinds of header are asked for so that a note that merely starts with <c>From: Alice</c>
/// stays a note. Stateless and thread-safe.
/// </summary>
internal static class EmailStart
{
    private static readonly string[] Senders = ["from", "received", "return-path", "message-id"];
    private static readonly string[] Others = ["date", "subject", "to"];

    /// <summary>True when <paramref name="start"/> (the decoded first bytes) opens with such a header block.</summary>
    public static bool Matches(string start)
    {
        var sender = false;
        var other = false;
        var lines = 0;
        foreach (var line in start.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (lines == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAny(" \t") || line[..colon].ContainsAnyExceptInRange('!', '~'))
            {
                return false;
            }

            var name = line[..colon].ToString().ToLowerInvariant();
            sender |= Senders.Contains(name);
            other |= Others.Contains(name);
            lines++;
        }

        return sender && other;
    }
}
