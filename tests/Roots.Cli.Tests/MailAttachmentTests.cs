using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots add</c> with mail that carries attachments: each readable attachment is an item of its own, linked to
/// its message (<c>attachment-of</c>); the links are read back from the store itself (SQLite, or PostgreSQL when the
/// suite runs on it).
/// </summary>
public sealed class MailAttachmentTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private List<string> Links() =>
        StoreUnderTest.Rows(_lib.Library, "SELECT source_id, kind, target_id, evidence FROM links WHERE kind = 'attachment-of' ORDER BY source_id, target_id");

    private static byte[] Notes() => Encoding.UTF8.GetBytes("Minutes of the archive meeting\n\nWe agreed to keep WARC files for ten years.\n");

    [Fact]
    public async Task AddEml_PdfAndTextAttachments_ThreeItemsTwoLinks_ReAddUnchanged()
    {
        // given a message carrying a PDF and a text file
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("mail.eml", AttachmentMail.Message("m1@example.org", "Quarterly report",
            ("report.pdf", AttachmentMail.Pdf("Archive costs fell by a third this quarter."), "application/pdf"),
            ("notes.txt", Notes(), "text/plain")));

        // when
        var added = await _lib.Json("add", _lib.Inputs, "--json");
        var message = await _lib.Json("show", "1", "--json");
        var pdf = await _lib.Json("show", "2", "--json");
        var text = await _lib.Json("show", "3", "--json");
        var again = await _lib.Roots("add", _lib.Inputs, "--refresh", "--json");

        // then the message and its two attachments are items, kept in that order
        Assert.Equal(3, added.GetProperty("added").GetInt32());
        Assert.Equal([1, 2, 3], added.GetProperty("items").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal("email", message.GetProperty("item").GetProperty("kind").GetString());
        Assert.Equal("report.pdf; notes.txt", message.GetProperty("fields").GetProperty("attachments").GetString());
        // titled by its file name (the PDF has no title), or by its own title (a text's first line)
        Assert.Equal("report.pdf", pdf.GetProperty("item").GetProperty("title").GetString());
        Assert.Equal("pdf", pdf.GetProperty("item").GetProperty("kind").GetString());
        Assert.Contains("Archive costs fell", pdf.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Minutes of the archive meeting", text.GetProperty("item").GetProperty("title").GetString());
        Assert.StartsWith("attachment:sha256:", pdf.GetProperty("item").GetProperty("source").GetString(), StringComparison.Ordinal);
        // the message lists its attachments as items; each attachment names its message
        Assert.Equal([(2, "report.pdf"), (3, "notes.txt")],
            message.GetProperty("attachments").EnumerateArray().Select(a => (a.GetProperty("id").GetInt32(), a.GetProperty("evidence").GetString())).OrderBy(a => a.Item1));
        Assert.Equal(1, Assert.Single(pdf.GetProperty("attachmentOf").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal(["2|attachment-of|1|report.pdf", "3|attachment-of|1|notes.txt"], Links());

        // and adding it again, read again, changes nothing
        Assert.Equal(0, again.ExitCode);
        var report = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(3, report.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, Links().Count);
        Assert.Equal(3, (await _lib.Json("list", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task AddMbox_TwoMessagesShareAnAttachment_OneItemLinkedToBoth()
    {
        // given two messages carrying the same PDF under two names
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var pdf = AttachmentMail.Pdf("The shared budget for the web archive.");
        _lib.Write("inbox.mbox", AttachmentMail.Mbox(
            AttachmentMail.Message("a@example.org", "Budget", ("budget.pdf", pdf, "application/pdf")),
            AttachmentMail.Message("b@example.org", "Fwd: Budget", ("budget (1).pdf", pdf, "application/pdf"))));

        // when
        var added = await _lib.Json("add", _lib.Inputs, "--json");

        // then two messages and one attachment item, linked to each message with the name it had there
        Assert.Equal(3, added.GetProperty("added").GetInt32());
        Assert.Equal(1, added.GetProperty("unchanged").GetInt32());
        var items = await _lib.Json("list", "--json");
        Assert.Equal(3, items.GetArrayLength());
        var attachment = items.EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "pdf").GetProperty("id").GetInt64();
        var links = Links();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.StartsWith($"{attachment}|attachment-of|", l, StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("|budget (1).pdf", StringComparison.Ordinal));
        var shown = await _lib.Json("show", attachment.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(2, shown.GetProperty("attachmentOf").GetArrayLength());
        // the graph shows the links
        var graph = await _lib.Roots("graph", "--format", "dot");
        Assert.Contains("label=\"attachment-of\"", graph.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMbox_BrokenAttachment_ReportedAsMessageAndName_RestKept()
    {
        // given a message with a truncated PDF beside a good text file, and a second, plain message
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var pdf = AttachmentMail.Pdf("This PDF is cut in half on its way.");
        _lib.Write("inbox.mbox", AttachmentMail.Mbox(
            AttachmentMail.Message("c@example.org", "Cut", ("cut.pdf", pdf[..(pdf.Length / 2)], "application/pdf"), ("notes.txt", Notes(), "text/plain")),
            AttachmentMail.Message("d@example.org", "Plain")));

        // when
        var outcome = await _lib.Roots("add", _lib.Inputs, "--json");
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;

        // then the messages and the good attachment are kept, the bad one reported by message and name (a partial batch)
        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal(3, report.GetProperty("added").GetInt32());
        var failure = Assert.Single(report.GetProperty("failures").EnumerateArray());
        Assert.EndsWith("inbox.mbox#1#cut.pdf", failure.GetProperty("input").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.GetProperty("reason").GetString()!);
        // (messages read in parallel are numbered as their reading finishes: ids are looked up by title)
        var ids = (await _lib.Json("list", "--json")).EnumerateArray().ToDictionary(i => i.GetProperty("title").GetString()!, i => i.GetProperty("id").GetInt64());
        Assert.Equal(3, ids.Count);
        Assert.Equal([$"{ids["Minutes of the archive meeting"]}|attachment-of|{ids["Cut"]}|notes.txt"], Links());
    }

    [Fact]
    public async Task QueueThenWorker_AttachmentLinked_TwoBrokenOfOneName_JobStillDone()
    {
        // given a queued message with a good note and two cut PDFs under one name
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var pdf = AttachmentMail.Pdf("Cut short on the way.");
        _lib.Write("mail.eml", AttachmentMail.Message("w@example.org", "Queued",
            ("notes.txt", Notes(), "text/plain"), ("cut.pdf", pdf[..(pdf.Length / 2)], "application/pdf"), ("cut.pdf", pdf[..(pdf.Length / 3)], "application/pdf")));
        Assert.Equal(1, (await _lib.Json("add", "--queue", _lib.Inputs, "--json")).GetProperty("queued").GetInt32());

        // when a worker collects it
        var worked = await _lib.Roots("worker", "--until-empty", "--json");

        // then the message and the note are kept and linked, both cut PDFs reported, and the job is done (not dead)
        Assert.Equal(3, worked.ExitCode);
        var report = JsonDocument.Parse(worked.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        Assert.Equal(2, report.GetProperty("failures").GetArrayLength());
        Assert.Equal(["2|attachment-of|1|notes.txt"], Links());
        Assert.Equal(1, (await _lib.Json("jobs", "--json")).GetProperty("counts").GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task AddEml_UnreadableAttachment_ListedByNameOnly_SummarySaysSo()
    {
        // given a message with a zip and a text file
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("mail.eml", AttachmentMail.Message("e@example.org", "Bundle",
            ("bundle.zip", AttachmentMail.Zip(), "application/zip"), ("notes.txt", Notes(), "text/plain")));

        // when added as a user would, then in JSON
        var outcome = await _lib.Roots("add", _lib.Inputs);
        var message = await _lib.Json("show", "1", "--json");

        // then it is no failure: the zip stays a name on the message, and the summary says so
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("2 added", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 failed, 1 attachment listed by name only", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("not collected", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("mail.eml#bundle.zip: format not read", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("bundle.zip; notes.txt", message.GetProperty("fields").GetProperty("attachments").GetString());
        Assert.Equal(2, Assert.Single(message.GetProperty("attachments").EnumerateArray()).GetProperty("id").GetInt32());
        var shown = await _lib.Roots("show", "1");
        Assert.Contains("attachment items", shown.Stdout, StringComparison.Ordinal);

        // and --json lists it apart from the failures
        var again = await _lib.Roots("add", _lib.Inputs, "--refresh", "--json");
        var listed = Assert.Single(JsonDocument.Parse(again.Stdout).RootElement.GetProperty("attachmentsNotRead").EnumerateArray());
        Assert.EndsWith("mail.eml#bundle.zip", listed.GetProperty("input").GetString(), StringComparison.Ordinal);
    }
}
