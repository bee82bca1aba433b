using System.Text;
using MimeKit;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Tests.Collect;

/// <summary>Attachments through <c>roots add</c>'s use case: nesting, tags, a file kept before, and a rebuild from the archive alone.</summary>
public sealed class MailAttachmentCollectTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static MimeMessage Message(string id, string subject, params MimeEntity[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Alice", "alice@example.org"));
        message.To.Add(new MailboxAddress("Bob", "bob@example.org"));
        message.Subject = subject;
        message.MessageId = id;
        var builder = new BodyBuilder { TextBody = "See attached." };
        foreach (var attachment in attachments)
        {
            builder.Attachments.Add(attachment);
        }

        message.Body = builder.ToMessageBody();
        return message;
    }

    private static MimePart Text(string name, string text) => new("text", "plain")
    {
        FileName = name,
        Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(text))),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = name },
    };

    private static MessagePart Attached(MimeMessage message) => new() { Message = message, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) };

    private string WriteEml(string name, MimeMessage message)
    {
        string path = Path.Combine(_folder.Inputs, name);
        message.WriteTo(path);
        return path;
    }

    private async Task<List<Link>> AttachmentLinksAsync(Library library)
    {
        var links = new List<Link>();
        await foreach (var link in ((ILinkStore)library.Store).AllLinksAsync())
        {
            if (link.Kind == LinkKinds.AttachmentOf)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private async Task<Dictionary<string, long>> IdsByTitleAsync(Library library) =>
        (await library.Read.ListAsync(new ItemFilter(Limit: 100))).ToDictionary(i => i.Title, i => i.Id);

    [Fact]
    public async Task AddPaths_ForwardedMessageWithAttachment_EachLevelLinkedToItsCarrier_TooDeepListedByName()
    {
        // given a message forwarding a message that forwards a message with a note: three levels of attachments
        var deepest = Message("d3@example.org", "Third", Text("deep.txt", "Too deep to collect."));
        var middle = Message("d2@example.org", "Second", Attached(deepest), Text("plan.txt", "The plan for the archive."));
        var outer = Message("d1@example.org", "First", Attached(middle));
        string path = WriteEml("outer.eml", outer);

        // when
        var report = await _folder.Library.Files.AddPathsAsync([path], new AddOptions(["project"]));

        // then the outer message, the forwarded one, its note and the message it forwards are items; the deepest note is not
        Assert.Empty(report.Failures);
        Assert.Equal(4, report.Added);
        var ids = await IdsByTitleAsync(_folder.Library);
        Assert.Equal(["First", "Second", "The plan for the archive.", "Third"], ids.Keys.Order(StringComparer.Ordinal));
        var links = (await AttachmentLinksAsync(_folder.Library)).Select(l => (l.SourceId, l.TargetId)).Order().ToList();
        Assert.Equal(new[] { (ids["Second"], ids["First"]), (ids["The plan for the archive."], ids["Second"]), (ids["Third"], ids["Second"]) }.Order(), links);
        var listed = Assert.Single(report.AttachmentsNotRead);
        Assert.EndsWith("outer.eml#attachment-1.eml#attachment-1.eml#deep.txt", listed.Label, StringComparison.Ordinal);
        Assert.Equal("attached more than 2 levels deep", listed.Reason);
        // the run's tags reach the attachments too
        var plan = await _folder.Library.Read.ShowAsync(ids["The plan for the archive."].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(plan!.TagDetails, t => t.Name == "project");
        Assert.Equal(["Second"], plan.AttachmentOf.Select(a => a.Item.Title));
    }

    [Fact]
    public async Task AddPaths_AttachmentAddedBeforeAsAFile_IsThatItem_LinkedToTheMessage()
    {
        // given a note added as a file, then arriving as an attachment
        string note = _folder.Write("plan.txt", "The plan for the archive.");
        var first = await _folder.Library.Files.AddPathsAsync([note], AddOptions.None);
        string mail = WriteEml("mail.eml", Message("p@example.org", "Plan", Text("plan.txt", "The plan for the archive.")));

        // when
        var report = await _folder.Library.Files.AddPathsAsync([mail], AddOptions.None);

        // then it is not kept twice: the file's item is linked to the message
        Assert.Equal(1, report.Added);
        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal(Assert.Single(first.ItemIds), duplicate.ExistingItemId);
        var link = Assert.Single(await AttachmentLinksAsync(_folder.Library));
        Assert.Equal((duplicate.ExistingItemId, Assert.Single(report.ItemIds), "plan.txt"), (link.SourceId, link.TargetId, link.Evidence));
    }

    [Fact]
    public async Task Restore_AfterTheDatabaseIsLost_BringsBackAttachmentsAndTheirLinks()
    {
        // given a message with a note, kept, then the database lost
        string mail = WriteEml("mail.eml", Message("r@example.org", "Plan", Text("plan.txt", "The plan for the archive.")));
        await _folder.Library.Files.AddPathsAsync([mail], AddOptions.None);
        var library = _folder.LoseDatabase();

        // when the archive alone brings the items back
        var restored = await library.Restorer.RestoreFromArchiveAsync();

        // then both come back, once each, linked again
        Assert.Empty(restored.Failures);
        Assert.Equal(2, await library.Store.CountAsync());
        var ids = await IdsByTitleAsync(library);
        var link = Assert.Single(await AttachmentLinksAsync(library));
        Assert.Equal((ids["The plan for the archive."], ids["Plan"]), (link.SourceId, link.TargetId));
        Assert.Equal("plan.txt", link.Evidence);
    }
}
