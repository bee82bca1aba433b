using MimeKit;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Whether parsed headers are a mail's. MimeKit parses nearly anything (garbage becomes a message
/// with no headers and a body), so a message is taken as mail only when it has at least one of
/// From, Date, Subject or Message-ID; anything else is reported rather than kept as an empty email.
/// </summary>
internal static class MailHeaders
{
    /// <summary>The reason given for bytes without mail headers.</summary>
    public const string NoHeadersReason = "not an email (no From, Date, Subject or Message-ID header)";

    /// <summary>True when <paramref name="headers"/> hold From, Date, Subject or Message-ID.</summary>
    public static bool LooksLikeMail(HeaderList headers) =>
        headers.Contains(HeaderId.From) || headers.Contains(HeaderId.Date) || headers.Contains(HeaderId.Subject) || headers.Contains(HeaderId.MessageId);
}
