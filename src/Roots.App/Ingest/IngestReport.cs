using Roots.Core.Model;

namespace Roots.App.Ingest;

/// <summary>What a collection run did, input by input, for the summary a user reads.</summary>
public sealed class IngestReport
{
    /// <summary>New items created.</summary>
    public int Added { get; internal set; }

    /// <summary>Known sources whose content changed: new versions.</summary>
    public int Updated { get; internal set; }

    /// <summary>Known sources with unchanged content (including those skipped without reading).</summary>
    public int Unchanged { get; internal set; }

    /// <summary>Inputs whose exact content another item already holds: reported, not stored twice.</summary>
    public List<DuplicateInput> Duplicates { get; } = [];

    /// <summary>Inputs that could not be collected, with the reason.</summary>
    public List<FailedInput> Failures { get; } = [];

    /// <summary>
    /// What was deliberately left out while walking folders, with the reason: a Roots library folder,
    /// a fifo, socket or device. Not inputs, so not failures: they change neither the counts nor the exit code.
    /// </summary>
    public List<FailedInput> Skipped { get; } = [];

    /// <summary>
    /// Steps after keeping that failed (<c>name: reason</c>): what was kept stays kept and the other
    /// steps still run, so one step's fault on one unusual text costs its links, never the run.
    /// Not failures of an input: they change neither the counts nor the exit code.
    /// </summary>
    public List<string> StepProblems { get; } = [];

    /// <summary>
    /// Attachments that are not collected as items, listed by name on their message only: a format no extractor
    /// reads (an archive, a program), or nested too deep. Labelled <c>MESSAGE#name</c>, with why. Not failures:
    /// they change neither the counts nor the exit code.
    /// </summary>
    public List<FailedInput> AttachmentsNotRead { get; } = [];

    /// <summary>
    /// The links from each attachment kept (added, unchanged or a duplicate) to its message
    /// (<see cref="LinkKinds.AttachmentOf"/>), written by a step after keeping.
    /// </summary>
    internal List<Link> AttachmentLinks { get; } = [];

    /// <summary>Pages read by OCR (scanned PDF pages, images) in the items added or updated.</summary>
    public int OcrPages { get; private set; }

    /// <summary>
    /// Pages with no text layer that stayed unread in the items added or updated (OCR unavailable, off or failed):
    /// the items are kept, and the run says so in one line.
    /// </summary>
    public int UnreadPages { get; private set; }

    /// <summary>Why the first unread pages were not read (<c>tesseract is not installed (apt-get install …)</c>); null when none were.</summary>
    public string? UnreadReason { get; private set; }

    /// <summary>The ids of items added or updated, in the order they were kept.</summary>
    public List<long> ItemIds { get; } = [];

    /// <summary>
    /// The text a run holds in memory for the steps after keeping, in characters (about 128 MB): a
    /// run of 30,000 documents of 4 KB stays under it. Past it, items are held without their text and
    /// the steps that need one read it back from the store.
    /// </summary>
    internal const long HeldTextBudget = 64L * 1024 * 1024;

    /// <summary>What the steps after keeping need of each item in <see cref="ItemIds"/>, in the order kept.</summary>
    internal List<KeptItem> KeptItems { get; } = [];

    /// <summary>The characters of text held by <see cref="KeptItems"/>.</summary>
    internal long HeldText { get; private set; }

    /// <summary>Notes an item added or updated, holding what the steps after keeping need of it.</summary>
    internal void Kept(long itemId, PreparedItem item, ulong? simHash)
    {
        ItemIds.Add(itemId);
        bool holdText = HeldText + item.Text.Length <= HeldTextBudget;
        if (holdText)
        {
            HeldText += item.Text.Length;
        }

        KeptItems.Add(KeptItem.From(itemId, item, simHash, holdText));
        CountPages(item.Fields);
    }

    /// <summary>Adds the OCRed and unread pages an item's fields record (<see cref="Core.Extraction.OcrFields"/>).</summary>
    private void CountPages(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null)
        {
            return;
        }

        OcrPages += Count(fields, Core.Extraction.OcrFields.Pages);
        var unread = Count(fields, Core.Extraction.OcrFields.UnreadPages);
        UnreadPages += unread;
        if (unread > 0)
        {
            UnreadReason ??= fields.GetValueOrDefault(Core.Extraction.OcrFields.UnreadReason);
        }
    }

    private static int Count(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 0;

    /// <summary>Adds the items another part of the same run kept (<see cref="IngestReports.Merge"/>).</summary>
    internal void KeptToo(IngestReport other)
    {
        ItemIds.AddRange(other.ItemIds);
        KeptItems.AddRange(other.KeptItems);
        HeldText += other.HeldText;
        OcrPages += other.OcrPages;
        UnreadPages += other.UnreadPages;
        UnreadReason ??= other.UnreadReason;
        AttachmentsNotRead.AddRange(other.AttachmentsNotRead);
        AttachmentLinks.AddRange(other.AttachmentLinks);
    }

    /// <summary>
    /// Tags inputs carried for items already kept (unchanged or duplicate content, a URL collected
    /// before), to be merged onto those items as user tags (<see cref="ImportTagMerger"/>).
    /// </summary>
    internal List<(long ItemId, IReadOnlyList<string> Tags)> TagsForExisting { get; } = [];

    /// <summary>
    /// Set when the run stopped on a full disk (see <see cref="DiskFull"/>): the one line to show.
    /// What was kept before stays kept; inputs not kept for lack of space are not failures.
    /// </summary>
    public string? StoppedByDiskFull { get; internal set; }

    /// <summary>True when the run was interrupted before every input was processed.</summary>
    public bool Interrupted { get; internal set; }

    /// <summary>Inputs processed, whatever their outcome.</summary>
    public int Processed => Added + Updated + Unchanged + Duplicates.Count + Failures.Count;
}

/// <summary>An input whose content is already kept by another item.</summary>
public sealed record DuplicateInput(string Label, long ExistingItemId);

/// <summary>An input that could not be collected.</summary>
public sealed record FailedInput(string Label, string Reason);

/// <summary>Progress of a run, reported after each kept batch.</summary>
/// <param name="Processed">Inputs done so far.</param>
/// <param name="Total">Inputs in all, when known.</param>
/// <param name="Failed">Of which failed.</param>
/// <param name="Duplicates">Of which were duplicates.</param>
public readonly record struct IngestProgress(int Processed, int? Total, int Failed, int Duplicates);
