using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Tests.Mail;

namespace Roots.Ingest.Tests.Extraction;

public sealed class EmailExtractorTests
{
    private readonly EmailExtractor _extractor = new();

    private Roots.Core.Result<ExtractedDocument> Extract(byte[] bytes) =>
        _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Email, "mail.eml"));

    [Fact]
    public void Extract_PlainEmail_SubjectIsTitleAndHeadersAreFields()
    {
        // given
        var mail = TestMail.Plain();

        // when
        var document = Extract(mail).Value;

        // then
        Assert.Equal("Minutes of the archive meeting", document.Title);
        Assert.Equal("We agreed to keep WARC files.\n\nNext meeting on Friday.", document.Text);
        Assert.Equal("Alice Example <alice@example.org>", document.Fields["from"]);
        Assert.Equal("Bob <bob@example.org>", document.Fields["to"]);
        Assert.Equal("carol@example.org", document.Fields["cc"]);
        Assert.Equal("Alice Example", document.Fields["author"]);
        Assert.Equal("2024-06-07T08:30:00+02:00", document.Fields["published"]);
        Assert.Equal("2024-06-07T08:30:00+02:00", document.Fields["date"]);
        Assert.Equal("m1@example.org", document.Fields["message_id"]);
    }

    [Fact]
    public void Extract_Gb2312ChineseEmail_DecodesSubjectSenderAndBody()
    {
        // given
        var mail = TestMail.Gb2312("关于网页存档的会议", "各位好：\r\n我们决定保存大量网页的存档。\r\n");

        // when
        var document = Extract(mail).Value;

        // then
        Assert.Equal("关于网页存档的会议", document.Title);
        Assert.Equal("各位好：\n我们决定保存大量网页的存档。", document.Text);
        Assert.Equal("王小明", document.Fields["author"]);
    }

    [Fact]
    public void Extract_RawGbkSubjectWithoutEncodedWord_FallsBackToGb18030()
    {
        // given a subject written in raw 8-bit GBK, as some old mail programs did
        var head = "From: a@example.cn\r\nSubject: "u8.ToArray();
        var mail = head.Concat(TestMail.Gbk.GetBytes("中文标题")).Concat("\r\nDate: Mon, 01 Jan 2024 10:00:00 +0800\r\n\r\nbody\r\n"u8.ToArray()).ToArray();

        // when
        var document = Extract(mail).Value;

        // then
        Assert.Equal("中文标题", document.Title);
    }

    [Fact]
    public void Extract_HtmlOnlyEmail_ReadsTheHtmlBodyAsText()
    {
        // when
        var document = Extract(TestMail.HtmlOnly()).Value;

        // then
        Assert.Equal("Newsletter", document.Title);
        Assert.Contains("Local-first software keeps data on your machine.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.Equal("news@example.org", document.Fields["author"]);
    }

    [Fact]
    public void Extract_WithAttachments_ListsTheirNamesAndKeepsTheBody()
    {
        // when
        var document = Extract(TestMail.WithAttachments()).Value;

        // then
        Assert.Equal("Here are the slides and the data.", document.Text);
        Assert.Equal("slides.pdf; 数据.csv", document.Fields["attachments"]);
    }

    [Fact]
    public void Extract_NoBody_TextIsTheSubject()
    {
        // given
        var mail = Encoding.ASCII.GetBytes("From: a@example.org\r\nSubject: Lunch at noon?\r\n\r\n");

        // when
        var document = Extract(mail).Value;

        // then
        Assert.Equal("Lunch at noon?", document.Title);
        Assert.Equal("Lunch at noon?", document.Text);
    }

    [Fact]
    public void Extract_NeitherSubjectNorBody_FailsWithReason()
    {
        // when
        var result = Extract(Encoding.ASCII.GetBytes("From: a@example.org\r\nDate: Mon, 01 Jan 2024 10:00:00 +0000\r\n\r\n   \r\n"));

        // then
        Assert.Equal("email has neither subject nor body", result.Error);
    }

    [Fact]
    public void Extract_MalformedHeaders_KeepsWhatCanBeRead()
    {
        // given a header line without a colon, a broken address, a date that is no date, an unterminated encoded word
        var mail = Encoding.ASCII.GetBytes(
            "From: \"Alice <alice@@example..org\r\nSubject: =?utf-8?B?broken\r\nDate: yesterday-ish\r\nthis line is no header\r\n\r\nThe body survives.\r\n");

        // when
        var result = Extract(mail);

        // then it is read, not thrown, and says nothing false
        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("The body survives.", result.Value.Text, StringComparison.Ordinal);
        Assert.False(result.Value.Fields.ContainsKey("published"));
    }

    [Fact]
    public void Extract_Garbage_FailsAsMalformed()
    {
        // when
        var result = Extract([0x00, 0x01, 0x02, 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("no headers here\n")]);

        // then
        Assert.StartsWith("malformed email: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadersButNoMailHeader_FailsAsNotAnEmail()
    {
        // when
        var result = Extract(Encoding.ASCII.GetBytes("X-Tool: exporter\r\nContent-Type: text/plain\r\n\r\nsome text\r\n"));

        // then
        Assert.Equal(MailHeaders.NoHeadersReason, result.Error);
    }

    [Fact]
    public void Extract_Empty_FailsAsEmptyFile()
    {
        Assert.Equal(ExtractionReasons.EmptyFile, Extract([]).Error);
    }

    [Fact]
    public void Extract_HugeMessage_ReadsItWhole()
    {
        // given a 20 MB body
        var body = string.Concat(Enumerable.Repeat("All work and no play makes Jack a dull boy.\r\n", 20 * 1024 * 1024 / 45));
        var mail = TestMail.Plain("Huge", body);

        // when
        var document = Extract(mail).Value;

        // then
        Assert.Equal("Huge", document.Title);
        Assert.True(document.Text.Length > 19_000_000);
    }

    [Fact]
    public void Extract_DeeplyNestedMultipart_FailsOrReadsWithoutCrashing()
    {
        // given 10,000 nested multiparts (a hostile message)
        var builder = new StringBuilder("From: a@example.org\r\nSubject: Nested\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"--b{i}\r\nContent-Type: multipart/mixed; boundary=\"b{i + 1}\"\r\n\r\n");
        }

        // when
        var result = Extract(Encoding.ASCII.GetBytes(builder.ToString()));

        // then
        Assert.True(result.IsSuccess ? result.Value.Title == "Nested" : result.Error!.StartsWith("malformed email", StringComparison.Ordinal));
    }
}
