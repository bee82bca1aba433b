using System.Text;
using MimeKit;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Tests.Mail;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>The attachments an email hands on (<see cref="ExtractedDocument.Embedded"/>), built with MimeKit as mail programs write them.</summary>
public sealed class EmailAttachmentsTests
{
    private readonly EmailExtractor _extractor = new();

    private ExtractedDocument Extract(byte[] bytes)
    {
        var extracted = _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Email, "mail.eml"));
        Assert.True(extracted.IsSuccess, extracted.Error);
        return extracted.Value;
    }

    private static byte[] Build(Action<BodyBuilder> body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Alice", "alice@example.org"));
        message.To.Add(new MailboxAddress("Bob", "bob@example.org"));
        message.Subject = "Files";
        message.MessageId = "files@example.org";
        var builder = new BodyBuilder();
        body(builder);
        message.Body = builder.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Extract_Attachments_AreHandedOnDecodedInOrder()
    {
        // given a message with a text attachment and a binary one, base64 on the wire
        byte[] binary = [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0xFF, 0xFE];
        var mail = Build(b =>
        {
            b.TextBody = "See the attachments.";
            b.Attachments.Add("notes.txt", Encoding.UTF8.GetBytes("Meeting notes: keep WARC files."), new ContentType("text", "plain"));
            b.Attachments.Add("bundle.zip", binary, new ContentType("application", "zip"));
        });

        // when
        var document = Extract(mail);

        // then both come out as bytes, named, in order; the body is the message's own text
        Assert.Equal("See the attachments.", document.Text);
        Assert.Equal(["notes.txt", "bundle.zip"], document.Embedded.Select(f => f.Name));
        Assert.Equal("Meeting notes: keep WARC files.", Encoding.UTF8.GetString(document.Embedded[0].Content.Span));
        Assert.Equal(binary, document.Embedded[1].Content.ToArray());
        Assert.Equal("application/zip", document.Embedded[1].MediaType);
        Assert.All(document.Embedded, f => Assert.Null(f.Error));
        Assert.Equal("notes.txt; bundle.zip", document.Fields["attachments"]);
    }

    [Fact]
    public void Extract_InlineImageOfHtmlBody_IsNoAttachment()
    {
        // given an HTML body showing a logo by cid:, and no attachment
        var mail = Build(b =>
        {
            var logo = b.LinkedResources.Add("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], new ContentType("image", "png"));
            logo.ContentId = "logo@example.org";
            b.HtmlBody = "<p>Our news <img src=\"cid:logo@example.org\"></p>";
        });

        // when
        var document = Extract(mail);

        // then
        Assert.Empty(document.Embedded);
        Assert.False(document.Fields.ContainsKey("attachments"));
    }

    [Fact]
    public void Extract_HostileNames_BecomeOneLineFileNamesWithoutFolders()
    {
        // given names with folders, control characters, and none at all
        var mail = Build(b =>
        {
            b.TextBody = "x";
            b.Attachments.Add("../../etc/passwd", Encoding.UTF8.GetBytes("a"), new ContentType("text", "plain"));
            b.Attachments.Add("C:\\Windows\\evil\u001b[2J.txt", Encoding.UTF8.GetBytes("b"), new ContentType("text", "plain"));
            var unnamed = new MimePart("application", "pdf") { Content = new MimeContent(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7"))) };
            unnamed.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment);
            b.Attachments.Add(unnamed);
        });

        // when
        var names = Extract(mail).Embedded.Select(f => f.Name).ToList();

        // then
        Assert.Equal(["passwd", "evil[2J.txt", "attachment-3.pdf"], names);
    }

    [Fact]
    public void Extract_AttachedMessage_ComesOutAsItsBytes()
    {
        // given a message forwarding another as message/rfc822
        var inner = MimeMessage.Load(new MemoryStream(TestMail.Plain()));
        var mail = Build(b =>
        {
            b.TextBody = "Forwarding the minutes.";
            b.Attachments.Add(new MessagePart { Message = inner, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) });
        });

        // when
        var attached = Assert.Single(Extract(mail).Embedded);

        // then it is an email of its own, named after its type
        Assert.Equal("attachment-1.eml", attached.Name);
        var again = _extractor.Extract(new ExtractionRequest(attached.Content, MediaTypes.Email, attached.Name));
        Assert.Equal("Minutes of the archive meeting", again.Value.Title);
    }

    [Fact]
    public void Extract_ThousandAttachments_OnlyTheFirstHundredAreTaken()
    {
        // given a hostile message
        var mail = Build(b =>
        {
            b.TextBody = "many";
            for (int i = 0; i < 1000; i++)
            {
                b.Attachments.Add($"f{i}.txt", Encoding.UTF8.GetBytes("x"), new ContentType("text", "plain"));
            }
        });

        // when
        var embedded = Extract(mail).Embedded;

        // then the rest are named, with why they were not taken
        Assert.Equal(1000, embedded.Count);
        Assert.All(embedded.Take(100), f => Assert.Null(f.Error));
        Assert.All(embedded.Skip(100), f => Assert.Equal("more than 100 attachments in one message", f.Error));
        Assert.All(embedded.Skip(100), f => Assert.True(f.Content.IsEmpty));
    }

    [Fact]
    public void Extract_BrokenBase64_IsDecodedLenientlyNeverThrows()
    {
        // given an attachment whose base64 is cut and sprinkled with junk
        var mail = Encoding.ASCII.GetBytes(
            "From: a@example.org\r\nSubject: Broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n" +
            "--B\r\nContent-Type: text/plain\r\n\r\nbody\r\n" +
            "--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"cut.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0x@@@!!LjcKJ\r\n" +
            "--B--\r\n");

        // when
        var attached = Assert.Single(Extract(mail).Embedded);

        // then
        Assert.Equal("cut.pdf", attached.Name);
        Assert.StartsWith("%PDF-1", Encoding.ASCII.GetString(attached.Content.Span), StringComparison.Ordinal);
    }
}
