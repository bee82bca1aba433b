using System.Text;
using Roots.Ingest.Mail;

namespace Roots.Ingest.Tests.Mail;

public sealed class MboxSplitterTests
{
    [Fact]
    public void Split_ThreeMessages_CutsAtFromLinesAfterBlankLines()
    {
        // given
        var mbox = TestMail.Mbox(TestMail.Plain(id: "<a@x>"), TestMail.Plain(id: "<b@x>"), TestMail.Plain(id: "<c@x>"));

        // when
        var messages = MboxSplitter.Split(mbox);

        // then
        Assert.Equal([1, 2, 3], messages.Select(m => m.Number));
        Assert.All(messages, m => Assert.StartsWith("From: Alice", Encoding.UTF8.GetString(m.Content.Span), StringComparison.Ordinal));
        Assert.Contains("<b@x>", Encoding.UTF8.GetString(messages[1].Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FromInsideABodyWithoutBlankLineBefore_IsNoSeparator()
    {
        // given a body line starting "From " right after another line (mboxo leaves these unescaped)
        var mbox = TestMail.Mbox(Encoding.ASCII.GetBytes("Subject: s\n\nline one\nFrom here on, we disagree.\n"));

        // when
        var messages = MboxSplitter.Split(mbox);

        // then
        var message = Assert.Single(messages);
        Assert.Contains("From here on", Encoding.ASCII.GetString(message.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_EscapedFromLines_LoseOneQuote()
    {
        // given mboxrd escaping
        var mbox = TestMail.Mbox(Encoding.ASCII.GetBytes("Subject: s\n\n>From the start.\n>>From quoted.\n> not this\n"));

        // when
        var text = Encoding.ASCII.GetString(Assert.Single(MboxSplitter.Split(mbox)).Content.Span);

        // then
        Assert.Equal("Subject: s\n\nFrom the start.\n>From quoted.\n> not this\n\n", text);
    }

    [Fact]
    public void Split_NoFromLine_HasNoMessages()
    {
        Assert.Empty(MboxSplitter.Split(Encoding.ASCII.GetBytes("just text\nno separators\n")));
        Assert.Empty(MboxSplitter.Split(ReadOnlyMemory<byte>.Empty));
    }

    [Fact]
    public void FromMbox_BadMessageInTheMiddle_IsReportedAndTheOthersAreKept()
    {
        // given a mailbox whose second message is binary garbage
        var mbox = TestMail.Mbox(TestMail.Plain(id: "<a@x>"), [0x00, 0x01, 0x02, 0x0A, 0xFF, 0x0A], TestMail.Plain(id: "<c@x>"));

        // when
        var documents = MboxSplitter.Split(mbox).Select(m => MailDocuments.FromMbox(m, null)).ToList();

        // then
        Assert.True(documents[0].IsSuccess);
        Assert.StartsWith("message 2: malformed headers", documents[1].Error, StringComparison.Ordinal);
        Assert.Equal("mail:c@x", documents[2].Value.Source);
        Assert.Equal("c@x", documents[2].Value.ExternalId);
        Assert.Equal("email", documents[2].Value.Kind);
    }

    [Fact]
    public void FromMbox_NoMessageId_IsKnownByItsHash()
    {
        // given
        var message = new MboxMessage(1, Encoding.ASCII.GetBytes("From: a@x\nSubject: s\n\nbody\n"));

        // when
        var document = MailDocuments.FromMbox(message, null).Value;

        // then
        Assert.StartsWith("mail:sha256:", document.Source, StringComparison.Ordinal);
        Assert.Null(document.ExternalId);
    }
}
