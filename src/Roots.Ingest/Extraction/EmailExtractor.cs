using System.Globalization;
using System.Text;
using MimeKit;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads one email (<c>message/rfc822</c>, an <c>.eml</c> file or one message of an mbox) with
/// MimeKit. The subject is the title; the text is the plain-text body, or the HTML body read by
/// <see cref="HtmlExtractor"/> when the message has no plain-text part, or the subject alone for a
/// message with no body. Metadata keys: <c>from</c>, <c>to</c>, <c>cc</c> (addresses as
/// <c>Name &lt;address&gt;</c>, comma-separated), <c>author</c> (the first sender's name, else
/// address), <c>date</c> and <c>published</c> (ISO 8601), <c>message_id</c>, <c>in_reply_to</c>,
/// <c>attachments</c> (the names of all attachments, separated by <c>; </c>). The attachments themselves are
/// handed on as <see cref="ExtractedDocument.Embedded"/> (see <see cref="EmailAttachments"/>), for the pipeline to
/// collect as items of their own; those it cannot read stay listed by name only. Content-Language, when present, is the declared language. Charsets such as GB2312
/// and GBK are decoded by MimeKit. Stateless and thread-safe.
/// </summary>
public sealed class EmailExtractor : IExtractor
{
    private readonly HtmlExtractor _html = new();

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => MediaTypeName.Is(mediaType, MediaTypes.Email);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Content.IsEmpty)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.EmptyFile);
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(request.Content.ToArray(), writable: false);
            message = MimeMessage.Load(MailParsing.Options, stream, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Result<ExtractedDocument>.Fail("malformed email: " + ExtractionReasons.OneLine(ex.Message));
        }

        if (!MailHeaders.LooksLikeMail(message.Headers))
        {
            return Result<ExtractedDocument>.Fail(MailHeaders.NoHeadersReason);
        }

        var subject = TextShape.OneLine(message.Subject);
        var body = Body(message, cancellationToken);
        if (body.Length == 0 && subject is null)
        {
            return Result<ExtractedDocument>.Fail("email has neither subject nor body");
        }

        return new ExtractedDocument(
            body.Length > 0 ? body : subject!,
            subject,
            Language: message.Headers[HeaderId.ContentLanguage] is { Length: > 0 } language ? language.Split(',')[0].Trim() : null,
            Metadata: Fields(message))
        {
            Embedded = EmailAttachments.Of(message, cancellationToken),
        };
    }

    private string Body(MimeMessage message, CancellationToken cancellationToken)
    {
        if (message.TextBody is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return TextShape.NormalizeLineEndings(text).Trim();
        }

        if (message.HtmlBody is { } html && !string.IsNullOrWhiteSpace(html))
        {
            var request = new ExtractionRequest(Encoding.UTF8.GetBytes(html), MediaTypes.Html, Charset: "utf-8");
            var extracted = _html.Extract(request, cancellationToken);
            return extracted.IsSuccess ? extracted.Value.Text.Trim() : string.Empty;
        }

        return string.Empty;
    }

    private static Dictionary<string, string> Fields(MimeMessage message)
    {
        var fields = new Dictionary<string, string>();
        Add(fields, "from", Addresses(message.From));
        Add(fields, "to", Addresses(message.To));
        Add(fields, "cc", Addresses(message.Cc));
        if (message.From.Mailboxes.FirstOrDefault() is { } sender)
        {
            Add(fields, "author", TextShape.OneLine(sender.Name) ?? sender.Address);
        }

        if (message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue)
        {
            var date = message.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            fields["date"] = date;
            fields["published"] = date;
        }

        Add(fields, "message_id", message.MessageId);
        Add(fields, "in_reply_to", message.InReplyTo);
        var attachments = message.Attachments.Select((part, index) => EmailAttachments.NameOf(part, index + 1)).ToList();
        Add(fields, "attachments", attachments.Count == 0 ? null : string.Join("; ", attachments));
        return fields;
    }

    private static string? Addresses(InternetAddressList list) =>
        TextShape.OneLine(string.Join(", ", list.Mailboxes.Select(mailbox =>
            string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name} <{mailbox.Address}>")));

    private static void Add(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[key] = value.Trim();
        }
    }
}
