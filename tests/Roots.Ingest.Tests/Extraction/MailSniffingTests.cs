using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Tests.Mail;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>Mail is told apart from notes by name first, then by a strict look at its first lines.</summary>
public sealed class MailSniffingTests
{
    [Theory]
    [InlineData("mail.eml", MediaTypes.Email)]
    [InlineData("MAIL.EML", MediaTypes.Email)]
    [InlineData("inbox.mbox", MediaTypes.Mbox)]
    [InlineData("message", MediaTypes.Email)]
    [InlineData("message.dat", MediaTypes.Email)]
    [InlineData("message.txt", MediaTypes.PlainText)]
    [InlineData("message.md", MediaTypes.Markdown)]
    public void Sniff_Email_ByNameOrByHeadersWhenTheNameSaysNothing(string fileName, string expected)
    {
        // when
        var result = MediaTypeSniffer.Sniff(fileName, TestMail.Plain());

        // then
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Sniff_MboxWithoutExtension_IsAMailbox()
    {
        Assert.Equal(MediaTypes.Mbox, MediaTypeSniffer.Sniff("Inbox", TestMail.Mbox(TestMail.Plain())).Value);
    }

    [Fact]
    public void MboxStart_FromLineThenHeader_MatchesButProseDoesNot()
    {
        Assert.True(MboxStart.Matches("From alice@example.org Fri Jun  7 08:30:00 2024\nFrom: Alice <a@x>\n"u8));
        Assert.False(MboxStart.Matches("From here on we disagree.\nIt was a long day.\n"u8));
        Assert.False(MboxStart.Matches("From\n"u8));
    }

    [Theory]
    [InlineData("From: Alice\nwhat she said at lunch\n")]
    [InlineData("From: Alice <alice@example.org>\n\nNo second header, so a note.\n")]
    [InlineData("Subject: groceries\nDate: today\n\nmilk\n")]
    public void Sniff_NoteThatLooksALittleLikeMail_StaysText(string note)
    {
        Assert.Equal(MediaTypes.PlainText, MediaTypeSniffer.Sniff("note", Encoding.UTF8.GetBytes(note)).Value);
    }

    [Fact]
    public void ExtractFile_EmlFile_IsTitledBySubjectNotByItsFirstHeader()
    {
        // when
        var result = ExtractorSet.Default.ExtractFile("mail.eml", TestMail.Plain());

        // then
        Assert.Equal("Minutes of the archive meeting", result.Value.Title);
    }

    [Fact]
    public void ExtractFile_MboxMetWhole_FailsSayingHowToAddIt()
    {
        // when
        var result = ExtractorSet.Default.ExtractFile("Inbox", TestMail.Mbox(TestMail.Plain()));

        // then
        Assert.Equal(MboxExtractor.WholeMailboxReason, result.Error);
    }
}
