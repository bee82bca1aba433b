using System.Text;
using MimeKit;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roots.Cli.Tests;

/// <summary>Messages with attachments, built with MimeKit as mail programs write them, and the files they carry.</summary>
internal static class AttachmentMail
{
    /// <summary>A one-page PDF holding <paramref name="line"/>, with no title of its own.</summary>
    public static byte[] Pdf(string line)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText(line, 12, new PdfPoint(50, 760), font);
        return builder.Build();
    }

    /// <summary>A zip archive's first bytes: a format Roots does not read.</summary>
    public static byte[] Zip() => [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0xFF, 0xFE, 0x01, 0x02];

    /// <summary>A message with a text body and <paramref name="attachments"/> (name, bytes, media type), in RFC 5322 bytes.</summary>
    public static byte[] Message(string id, string subject, params (string Name, byte[] Content, string MediaType)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Alice Example", "alice@example.org"));
        message.To.Add(new MailboxAddress("Bob", "bob@example.org"));
        message.Subject = subject;
        message.MessageId = id;
        message.Date = new DateTimeOffset(2024, 6, 7, 8, 30, 0, TimeSpan.FromHours(2));
        var builder = new BodyBuilder { TextBody = "Please find the files attached." };
        foreach (var (name, content, mediaType) in attachments)
        {
            builder.Attachments.Add(name, content, ContentType.Parse(mediaType));
        }

        message.Body = builder.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>An mbox of <paramref name="messages"/>, each after its From line.</summary>
    public static byte[] Mbox(params byte[][] messages)
    {
        var mbox = new List<byte>();
        foreach (var message in messages)
        {
            mbox.AddRange(Encoding.ASCII.GetBytes("From alice@example.org Fri Jun  7 08:30:00 2024\n"));
            mbox.AddRange(message);
            mbox.AddRange("\n"u8.ToArray());
        }

        return [.. mbox];
    }
}
