using System.Text;
using System.Text.Json;
using Roots.TestKit.Mail;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots mail</c> against a real IMAP server: Dovecot on loopback, started by the test with its own configuration,
/// messages delivered as Maildir files. The password reaches roots only through the environment.
/// </summary>
public sealed class MailPollTests : IAsyncLifetime
{
    private const string PasswordEnv = "ROOTS_TEST_IMAP_PASSWORD";
    private readonly TempLibrary _lib = new();
    private DovecotServer _server = null!;

    public async Task InitializeAsync()
    {
        if (DovecotPresence.UnavailableReason is null)
        {
            _server = await DovecotServer.StartAsync();
        }
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _lib.Dispose();
        return Task.CompletedTask;
    }

    private static byte[] Message(string id, string subject, string body) => Encoding.UTF8.GetBytes(
        "From: Alice Example <alice@example.org>\r\nTo: bob@example.org\r\n" +
        $"Subject: {subject}\r\nDate: Fri, 07 Jun 2024 08:30:00 +0200\r\nMessage-ID: <{id}>\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n");

    private Task<RootsProcess.Outcome> Roots(string? password, params string[] args) =>
        _lib.RootsWithEnvironment(password is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [PasswordEnv] = password }, args);

    private async Task<JsonElement> PollJson(string? password = DovecotServer.Password, params string[] more)
    {
        var outcome = await Roots(password, ["mail", "poll", "--json", .. more]);
        Assert.True(outcome.ExitCode is 0 or 1 or 3, $"mail poll exited {outcome.ExitCode}: {outcome.Stderr}\n{_server.Log}");
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    private async Task SubscribeAsync(string folder = "INBOX", params string[] more)
    {
        var added = await Roots(null, ["mail", "add", _server.Url(folder), "--password-env", PasswordEnv, .. more]);
        Assert.True(added.ExitCode == 0, added.Stderr);
    }

    [DovecotFact]
    public async Task Poll_FirstTakesAll_SecondOnlyNew_MalformedReportedRestKept()
    {
        // given a folder with two messages and one that is not mail
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.Deliver(Message("m1@example.org", "Minutes of the archive meeting", "We agreed to keep WARC files."));
        _server.Deliver(Encoding.UTF8.GetBytes("\u0000\u0001 this is no mail at all\r\n\r\nnothing\r\n"));
        _server.Deliver(Message("m2@example.org", "网页存档", "我们决定保存大量网页的存档。"));
        await SubscribeAsync("INBOX", "--tag", "inbox");

        // when it is polled twice, a new message arriving in between
        var first = await PollJson();
        _server.Deliver(Message("m3@example.org", "Lunch", "Noon at the usual place."));
        var second = await PollJson();
        var third = await PollJson();

        // then the first poll kept the two messages and reported the bad one by its UID
        var firstBox = Assert.Single(first.GetProperty("mailboxes").EnumerateArray());
        Assert.Equal("new", firstBox.GetProperty("status").GetString());
        Assert.Equal(3, firstBox.GetProperty("messages").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetProperty("added").GetInt32());
        var failure = Assert.Single(first.GetProperty("items").GetProperty("failures").EnumerateArray());
        Assert.EndsWith("/INBOX#2", failure.GetProperty("input").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.GetProperty("reason").GetString()!);
        // the second only the new one, the third nothing
        Assert.Equal(1, second.GetProperty("mailboxes")[0].GetProperty("messages").GetInt32());
        Assert.Equal(1, second.GetProperty("items").GetProperty("added").GetInt32());
        Assert.Empty(second.GetProperty("items").GetProperty("failures").EnumerateArray());
        Assert.Equal("unchanged", third.GetProperty("mailboxes")[0].GetProperty("status").GetString());
        Assert.Equal(0, third.GetProperty("mailboxes")[0].GetProperty("messages").GetInt32());

        // and each message is an email item like an .eml, tagged, searchable, with its raw bytes archived
        var hits = await _lib.Json("search", "网页", "--mode", "lexical", "--json");
        Assert.Equal("网页存档", Assert.Single(hits.EnumerateArray()).GetProperty("title").GetString());
        var shown = await _lib.Json("show", "1", "--json");
        Assert.Equal("email", shown.GetProperty("item").GetProperty("kind").GetString());
        Assert.Contains("inbox", shown.GetRawText(), StringComparison.Ordinal);
        var verify = await Roots(null, "verify");
        Assert.Equal(0, verify.ExitCode);
        var list = await _lib.Json("mail", "list", "--json");
        Assert.Equal(4, Assert.Single(list.EnumerateArray()).GetProperty("lastUid").GetInt64());
    }

    [DovecotFact]
    public async Task Poll_MessageWithAttachment_AttachmentIsAnItemLinkedToIt_PollAgainAddsNothing()
    {
        // given a folder holding a message with a PDF attached, and one with a zip
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.Deliver(AttachmentMail.Message("att1@example.org", "The report",
            ("report.pdf", AttachmentMail.Pdf("Archive costs fell by a third this quarter."), "application/pdf")));
        _server.Deliver(AttachmentMail.Message("att2@example.org", "The bundle", ("bundle.zip", AttachmentMail.Zip(), "application/zip")));
        await SubscribeAsync();

        // when it is polled, then polled again with nothing new
        var first = await PollJson();
        var second = await PollJson();

        // then the messages and the PDF are items, the PDF linked to its message; the zip is a name on its message
        Assert.Equal(3, first.GetProperty("items").GetProperty("added").GetInt32());
        Assert.Empty(first.GetProperty("items").GetProperty("failures").EnumerateArray());
        var ids = (await _lib.Json("list", "--json")).EnumerateArray().ToDictionary(i => i.GetProperty("title").GetString()!, i => i.GetProperty("id").GetInt64());
        Assert.Equal([$"{ids["report.pdf"]}|attachment-of|{ids["The report"]}"],
            StoreUnderTest.Rows(_lib.Library, "SELECT source_id, kind, target_id FROM links WHERE kind = 'attachment-of'"));
        Assert.Equal(0, second.GetProperty("items").GetProperty("added").GetInt32());
    }

    [DovecotFact]
    public async Task Poll_PasswordIsNeverPrintedNorStored()
    {
        // given a subscription and a poll, a failed login, and a missing variable
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.Deliver(Message("p1@example.org", "Hello", "Body."));
        await SubscribeAsync();
        var outputs = new List<RootsProcess.Outcome>
        {
            await Roots(DovecotServer.Password, "mail", "poll"),
            await Roots(DovecotServer.Password, "mail", "poll", "--json"),
            await Roots(DovecotServer.Password, "mail", "list"),
            await Roots(DovecotServer.Password, "mail", "list", "--json"),
        };
        var missing = await Roots(null, "mail", "poll");
        var wrong = await Roots("not-" + DovecotServer.Password, "mail", "poll");

        // then nothing printed holds it
        foreach (var outcome in outputs.Append(missing).Append(wrong))
        {
            Assert.DoesNotContain(DovecotServer.Password, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
        }

        // and no file of the library holds it (roots.yaml, the database and its WAL, the archive)
        foreach (var file in Directory.EnumerateFiles(_lib.Library, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(DovecotServer.Password)) < 0, $"{file} holds the password");
        }

        // and the failures say what to do, in one line each, with a non-zero exit code
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"${PasswordEnv} is not set", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        var line = Assert.Single(wrong.Stderr.Split('\n'), l => l.Contains("refused the login", StringComparison.Ordinal));
        Assert.Contains("wrong user name or password", line, StringComparison.Ordinal);
    }

    [DovecotFact]
    public async Task Poll_UnknownFolderAmongGoodOnes_ReportsItAndFinishesTheOthers()
    {
        // given three mailboxes: INBOX, a folder that does not exist, and a real second folder
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.CreateFolder("Lists");
        _server.Deliver(Message("i1@example.org", "Inbox message", "In the inbox."));
        _server.Deliver(Message("l1@example.org", "List message", "On the list."), "Lists");
        await SubscribeAsync("INBOX");
        await SubscribeAsync("NoSuchFolder");
        await SubscribeAsync("Lists");

        // when all are polled
        var outcome = await Roots(DovecotServer.Password, "mail", "poll", "--json");
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;

        // then the good two are collected and the bad one is one line; the exit code says "partial"
        Assert.Equal(3, outcome.ExitCode);
        var boxes = report.GetProperty("mailboxes").EnumerateArray().ToList();
        Assert.Equal(["new", "failed", "new"], boxes.Select(b => b.GetProperty("status").GetString()));
        Assert.Equal("no folder \"NoSuchFolder\" for alice on 127.0.0.1", boxes[1].GetProperty("error").GetString());
        Assert.Equal(2, report.GetProperty("items").GetProperty("added").GetInt32());

        // and one mailbox can be polled alone, by id
        var one = await PollJson(DovecotServer.Password, "3");
        Assert.Equal(3, Assert.Single(one.GetProperty("mailboxes").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [DovecotFact]
    public async Task Poll_UidValidityChanged_ReadsAgainWithoutDuplicates()
    {
        // given two messages taken
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.Deliver(Message("u1@example.org", "One", "First."));
        _server.Deliver(Message("u2@example.org", "Two", "Second."));
        await SubscribeAsync();
        var first = await PollJson();
        var before = (await _lib.Json("mail", "list", "--json"))[0].GetProperty("uidValidity").GetInt64();

        // when the server renumbers the folder (new UIDVALIDITY) and one new message arrives
        _server.ResetUidValidity();
        _server.Deliver(Message("u3@example.org", "Three", "Third."));
        var second = await PollJson();

        // then everything is read again, only the new message is added, and nothing is duplicated
        Assert.Equal(2, first.GetProperty("items").GetProperty("added").GetInt32());
        var box = second.GetProperty("mailboxes")[0];
        Assert.True(box.GetProperty("rescanned").GetBoolean());
        Assert.Equal(3, box.GetProperty("messages").GetInt32());
        Assert.Equal(1, second.GetProperty("items").GetProperty("added").GetInt32());
        Assert.Equal(2, second.GetProperty("items").GetProperty("unchanged").GetInt32());
        Assert.Equal(3, (await _lib.Json("list", "--json")).GetArrayLength());
        Assert.NotEqual(before, (await _lib.Json("mail", "list", "--json"))[0].GetProperty("uidValidity").GetInt64());
    }

    [DovecotFact]
    public async Task Poll_ServerGone_KeepsWhatWasKept_AndResumesAfterTheLastUid()
    {
        // given one message taken, then the server stops
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        _server.Deliver(Message("g1@example.org", "Before", "Kept before the outage."));
        await SubscribeAsync();
        await PollJson();
        _server.Stop();
        _server.Deliver(Message("g2@example.org", "During", "Arrived during the outage."));

        // when polled while it is gone, then again once it is back
        var gone = await Roots(DovecotServer.Password, "mail", "poll");
        await _server.RestartAsync();
        var back = await PollJson();

        // then the failure is one line, nothing kept is lost, and the next poll takes only the new message
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("cannot reach 127.0.0.1:", gone.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, back.GetProperty("mailboxes")[0].GetProperty("messages").GetInt32());
        Assert.Equal(1, back.GetProperty("items").GetProperty("added").GetInt32());
        Assert.Equal(2, (await _lib.Json("list", "--json")).GetArrayLength());
    }

    [DovecotFact]
    public async Task Poll_ImapsToAPlainServer_FailsTlsInOneLine()
    {
        // given a subscription that asks for TLS from a server that speaks plain IMAP
        Assert.Equal(0, (await Roots(null, "init")).ExitCode);
        var added = await Roots(null, "mail", "add", $"imaps://alice@127.0.0.1:{_server.Port}/INBOX", "--password-env", PasswordEnv);
        Assert.Equal(0, added.ExitCode);

        // when polled
        var outcome = await Roots(DovecotServer.Password, "mail", "poll", "--json");
        var box = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("mailboxes")[0];

        // then
        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"TLS with 127.0.0.1:{_server.Port} failed", box.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', box.GetProperty("error").GetString()!);
    }

    [Theory]
    [InlineData("imaps://alice:hunter2@mail.example.org/INBOX", "holds a password")]
    [InlineData("https://mail.example.org/INBOX", "not an IMAP folder URL")]
    [InlineData("imaps://mail.example.org/INBOX", "no user name")]
    [InlineData("imaps://alice@mail.example.org/INBOX?x=1", "no ?query")]
    public async Task Add_BadUrl_IsRefusedInOneLine(string url, string reason)
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);

        var outcome = await _lib.Roots("mail", "add", url);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(reason, outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (await _lib.Json("mail", "list", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task Add_PasswordInsteadOfVariableName_IsRefused_ListAndRemoveWork()
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);

        var refused = await _lib.Roots("mail", "add", "imaps://alice@mail.example.org/INBOX", "--password-env", "p@ss word!");
        var added = await _lib.Roots("mail", "add", "imaps://alice%40example.org@Mail.Example.org:993/Archive/2024", "--tag", "work");
        var list = await _lib.Json("mail", "list", "--json");
        var removed = await _lib.Roots("mail", "remove", "1");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("give the name of an environment variable", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, added.ExitCode);
        var box = Assert.Single(list.EnumerateArray());
        Assert.Equal("imaps://alice%40example.org@mail.example.org/Archive/2024", box.GetProperty("url").GetString());
        Assert.Equal("ROOTS_IMAP_PASSWORD", box.GetProperty("passwordEnv").GetString());
        Assert.Equal(["work"], box.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(0, (await _lib.Json("mail", "list", "--json")).GetArrayLength());
    }
}
