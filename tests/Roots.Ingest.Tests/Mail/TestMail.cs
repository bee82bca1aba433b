using System.Text;

namespace Roots.Ingest.Tests.Mail;

/// <summary>Emails and mailboxes written byte by byte, as mail programs leave them.</summary>
internal static class TestMail
{
    static TestMail() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    /// <summary>A plain-text email from Alice to Bob and Carol, CRLF line ends.</summary>
    public static byte[] Plain(string subject = "Minutes of the archive meeting", string body = "We agreed to keep WARC files.\r\n\r\nNext meeting on Friday.", string id = "<m1@example.org>") =>
        Encoding.UTF8.GetBytes(
            "From: Alice Example <alice@example.org>\r\n" +
            "To: Bob <bob@example.org>\r\n" +
            "Cc: carol@example.org\r\n" +
            $"Subject: {subject}\r\n" +
            "Date: Fri, 07 Jun 2024 08:30:00 +0200\r\n" +
            $"Message-ID: {id}\r\n" +
            "MIME-Version: 1.0\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "\r\n" + body + "\r\n");

    /// <summary>A Chinese email in GB2312 as older mail programs sent it: an encoded-word subject, an 8-bit GB2312 body.</summary>
    public static byte[] Gb2312(string subject, string body)
    {
        var gb2312 = Encoding.GetEncoding("GB2312");
        var head = Encoding.ASCII.GetBytes(
            "From: =?GB2312?B?" + Convert.ToBase64String(gb2312.GetBytes("王小明")) + "?= <wang@example.cn>\r\n" +
            "To: li@example.cn\r\n" +
            "Subject: =?GB2312?B?" + Convert.ToBase64String(gb2312.GetBytes(subject)) + "?=\r\n" +
            "Date: Mon, 01 Jan 2024 10:00:00 +0800\r\n" +
            "Message-ID: <zh1@example.cn>\r\n" +
            "Content-Type: text/plain; charset=gb2312\r\n" +
            "Content-Transfer-Encoding: 8bit\r\n\r\n");
        return [.. head, .. gb2312.GetBytes(body)];
    }

    /// <summary>An HTML-only email (no text/plain part).</summary>
    public static byte[] HtmlOnly() => Encoding.UTF8.GetBytes(
        "From: news@example.org\r\nSubject: Newsletter\r\nDate: Tue, 02 Jan 2024 09:00:00 +0000\r\n" +
        "Content-Type: text/html; charset=utf-8\r\n\r\n" +
        "<html><body><h1>Spring issue</h1><p>Local-first software keeps data <b>on your machine</b>.</p><script>alert(1)</script></body></html>\r\n");

    /// <summary>A multipart email with a text body and two attachments.</summary>
    public static byte[] WithAttachments() => Encoding.UTF8.GetBytes(
        "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: The slides\r\nDate: Wed, 03 Jan 2024 09:00:00 +0000\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n" +
        "--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHere are the slides and the data.\r\n" +
        "--XYZ\r\nContent-Type: application/pdf; name=\"slides.pdf\"\r\nContent-Disposition: attachment; filename=\"slides.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjcK\r\n" +
        "--XYZ\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("数据.csv")) + "?=\"\r\n\r\na,b\r\n1,2\r\n" +
        "--XYZ--\r\n");

    /// <summary>An mbox of <paramref name="messages"/>, each after its From line, separated by blank lines.</summary>
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
