using MimeKit;
using MimeKit.Utils;
using Roots.Ingest.Extraction;
using Roots.Core;
using Roots.Core.Extraction;
using Roots.Core.Model;
using Roots.Ingest.Archive;

namespace Roots.Ingest.Mail;

/// <summary>
/// Turns mail into collected documents: each message of an mbox is its own document, identified by
/// its Message-ID (<c>mail:ID</c>, kept as the external id, so that the same message in two
/// mailboxes, or added twice, is one item), or by its content's hash when it has none. Its
/// original is the message's own bytes, so the archive holds one <c>.eml</c> per message.
/// Stateless and thread-safe.
/// </summary>
public static class MailDocuments
{
    /// <summary>The item kind of an email.</summary>
    public const string Kind = "email";

    /// <summary>True when <paramref name="path"/> names an mbox by its extension (<c>.mbox</c>).</summary>
    public static bool IsMboxName(string path) => Path.GetExtension(path).Equals(".mbox", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="path"/> names one email by its extension (<c>.eml</c>).</summary>
    public static bool IsEmailName(string path) => Path.GetExtension(path).Equals(".eml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The document for one message of an mbox, or why it is not one: no mail headers (garbage
    /// between two messages), or headers MimeKit cannot read.
    /// </summary>
    public static Result<CollectedDocument> FromMbox(MboxMessage message, long? sourceStamp) =>
        FromMessage(message.Content, $"message {message.Number}", $"message-{message.Number}.eml", sourceStamp);

    /// <summary>
    /// The document for one message of an IMAP folder, identified like a message of an mbox (so a message
    /// also kept from an mbox, or fetched again after the folder's UIDVALIDITY changed, is the same item),
    /// or why it is not one.
    /// </summary>
    public static Result<CollectedDocument> FromImap(ImapMessage message)
    {
        if (message.Refused is { } refused)
        {
            return Result<CollectedDocument>.Fail(refused);
        }

        if (message.Content.IsEmpty)
        {
            return Result<CollectedDocument>.Fail("empty message");
        }

        return FromMessage(message.Content, $"message UID {message.Uid}", $"message-{message.Uid}.eml", null);
    }

    private static Result<CollectedDocument> FromMessage(ReadOnlyMemory<byte> content, string name, string fileName, long? sourceStamp)
    {
        HeaderList headers;
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            headers = HeaderList.Load(MailParsing.Options, stream);
        }
        catch (Exception ex) when (ex is FormatException or ParseException)
        {
            return Result<CollectedDocument>.Fail($"{name}: malformed headers ({ExtractionReasons.OneLine(ex.Message)})");
        }

        if (!MailHeaders.LooksLikeMail(headers))
        {
            return Result<CollectedDocument>.Fail($"{name}: {MailHeaders.NoHeadersReason}");
        }

        var messageId = MessageId(headers);
        return new CollectedDocument
        {
            Source = messageId is null ? $"mail:sha256:{FileArchive.HashOf(content.Span)}" : $"mail:{messageId}",
            ExternalId = messageId,
            Content = content,
            FileName = fileName,
            MediaType = MediaTypes.Email,
            Kind = Kind,
            SourceStamp = sourceStamp,
        };
    }

    private static string? MessageId(HeaderList headers)
    {
        var raw = headers[HeaderId.MessageId];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var parsed = MimeUtils.EnumerateReferences(raw).FirstOrDefault() ?? raw.Trim().Trim('<', '>');
        return parsed.Length is > 0 and <= 998 && !parsed.Any(char.IsWhiteSpace) ? parsed : null;
    }
}
