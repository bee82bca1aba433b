using Roots.Ingest.Mail;

namespace Roots.Ingest.Tests.Mail;

public sealed class ImapAddressTests
{
    [Theory]
    [InlineData("imaps://alice@mail.example.org/INBOX", true, "alice", "mail.example.org", 993, "INBOX", "imaps://alice@mail.example.org/INBOX")]
    [InlineData("imaps://alice@Mail.Example.org:993", true, "alice", "mail.example.org", 993, "INBOX", "imaps://alice@mail.example.org/INBOX")]
    [InlineData("imap://bob@127.0.0.1:10143/Lists/Roots", false, "bob", "127.0.0.1", 10143, "Lists/Roots", "imap://bob@127.0.0.1:10143/Lists/Roots")]
    [InlineData("imaps://alice%40example.org@imap.example.org/Archive%202024", true, "alice@example.org", "imap.example.org", 993, "Archive 2024", "imaps://alice%40example.org@imap.example.org/Archive%202024")]
    [InlineData("imaps://王@例子.中国/收件箱", true, "王", "xn--fsqu00a.xn--fiqs8s", 993, "收件箱", "imaps://%E7%8E%8B@xn--fsqu00a.xn--fiqs8s/%E6%94%B6%E4%BB%B6%E7%AE%B1")]
    [InlineData("imap://carol@[::1]:143/INBOX", false, "carol", "::1", 143, "INBOX", "imap://carol@[::1]/INBOX")]
    public void Parse_GoodUrl_GivesItsPartsAndOneCanonicalForm(string url, bool secure, string user, string host, int port, string folder, string canonical)
    {
        var parsed = ImapAddress.Parse(url);

        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(new ImapAddress(secure, user, host, port, folder), parsed.Value);
        Assert.Equal(canonical, parsed.Value.Url);
        Assert.Equal(parsed.Value, ImapAddress.Parse(parsed.Value.Url).Value);
    }

    [Theory]
    [InlineData(null, "not an IMAP folder URL")]
    [InlineData("", "not an IMAP folder URL")]
    [InlineData("INBOX", "not an IMAP folder URL")]
    [InlineData("pop3://alice@mail.example.org/", "not an IMAP folder URL")]
    [InlineData("imaps://alice:hunter2@mail.example.org/INBOX", "holds a password")]
    [InlineData("imaps://mail.example.org/INBOX", "no user name")]
    [InlineData("imaps://alice@mail.example.org/INBOX#x", "no ?query or #fragment")]
    [InlineData("imaps://alice@mail.example.org/INBOX%0D%0AA1%20LOGOUT", "control characters")]
    public void Parse_BadUrl_SaysWhatIsWrongWithoutEchoingAPassword(string? url, string reason)
    {
        var parsed = ImapAddress.Parse(url);

        Assert.False(parsed.IsSuccess);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeOrHostileInput_FailsOrParsesWithoutThrowing()
    {
        string[] inputs =
        [
            "imaps://" + new string('a', 100_000) + "@h/INBOX",
            "imaps://a@h/" + string.Concat(Enumerable.Repeat("%2F%00", 20_000)),
            "imaps://a@h:99999/INBOX",
            "imaps://%ZZ@h/INBOX",
            "imaps://a@h/\u0000\r\nA1 LOGOUT",
        ];

        foreach (var input in inputs)
        {
            var parsed = ImapAddress.Parse(input);
            Assert.True(parsed.IsSuccess || parsed.Error!.Length > 0);
        }
    }
}
