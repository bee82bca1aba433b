using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary><c>roots add</c> with an email and a mailbox, as a user would.</summary>
public sealed class MailTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public MailTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _lib.Dispose();

    private static string Message(string id, string subject, string body) =>
        "From: Alice Example <alice@example.org>\r\nTo: bob@example.org\r\n" +
        $"Subject: {subject}\r\nDate: Fri, 07 Jun 2024 08:30:00 +0200\r\nMessage-ID: <{id}>\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";

    [Fact]
    public async Task AddEml_IsAnEmailTitledBySubject_WithSenderAndDate()
    {
        // given
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("mail.eml", Message("m1@example.org", "Minutes of the archive meeting", "We agreed to keep WARC files."));

        // when
        var added = await _lib.Json("add", _lib.Inputs, "--json");
        var shown = await _lib.Json("show", "1", "--json");

        // then
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        Assert.Equal("Minutes of the archive meeting", shown.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("email", shown.GetProperty("item").GetProperty("kind").GetString());
        Assert.Equal("We agreed to keep WARC files.", shown.GetProperty("text").GetString());
        var json = shown.GetRawText();
        Assert.Contains("Alice Example", json, StringComparison.Ordinal);
        Assert.Contains("2024-06-07", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMbox_EachMessageAnItem_BadOneReportedAndChineseMailSearchable()
    {
        // given a mailbox: an English message, a garbage one, a GB2312 Chinese one with an encoded-word subject
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var gb2312 = Encoding.GetEncoding("GB2312");
        var chinese = new List<byte>();
        chinese.AddRange(Encoding.ASCII.GetBytes(
            "From: wang@example.cn\r\nSubject: =?GB2312?B?" + Convert.ToBase64String(gb2312.GetBytes("网页存档")) + "?=\r\n" +
            "Date: Mon, 01 Jan 2024 10:00:00 +0800\r\nMessage-ID: <zh1@example.cn>\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n"));
        chinese.AddRange(gb2312.GetBytes("我们决定保存大量网页的存档，以便日后查阅。\r\n"));
        var mbox = new List<byte>();
        mbox.AddRange(Encoding.ASCII.GetBytes("From alice@example.org Fri Jun  7 08:30:00 2024\n" + Message("a@example.org", "Lunch", "Noon at the usual place.") + "\n"));
        mbox.AddRange(Encoding.ASCII.GetBytes("From nobody Fri Jun  7 08:31:00 2024\n"));
        mbox.AddRange(new byte[] { 0x00, 0x01, 0x02, 0x0A, 0xFF, 0x0A, 0x0A });
        mbox.AddRange(Encoding.ASCII.GetBytes("From wang@example.cn Mon Jan  1 10:00:00 2024\n"));
        mbox.AddRange(chinese);
        _lib.Write("inbox.mbox", [.. mbox]);

        // when
        var outcome = await _lib.Roots("add", _lib.Inputs, "--json");
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        var hits = await _lib.Json("search", "网页", "--mode", "lexical", "--json");

        // then the two good messages are items, the bad one is reported by its number
        Assert.Equal(3, outcome.ExitCode); // partial: one input failed
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        var failure = Assert.Single(report.GetProperty("failures").EnumerateArray());
        Assert.EndsWith("inbox.mbox#2", failure.GetProperty("input").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.GetProperty("reason").GetString()!);
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.Equal("网页存档", hit.GetProperty("title").GetString());

        // and adding the mailbox again adds nothing
        var again = await _lib.Roots("add", _lib.Inputs, "--json");
        Assert.Equal(0, JsonDocument.Parse(again.Stdout).RootElement.GetProperty("added").GetInt32());
    }
}
