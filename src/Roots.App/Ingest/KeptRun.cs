using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Ingest;

/// <summary>
/// What one collection run kept, as the steps after keeping receive it: the items added or updated
/// (the latest form of each, in the order kept) and the tags inputs carried for items kept before.
/// </summary>
public sealed class KeptRun
{
    private readonly IItemStore _items;

    internal KeptRun(IngestReport report, IItemStore items, bool packSearch)
    {
        _items = items;
        // An item kept twice in one run (a file changed while the run went on) is described by its latest form,
        // in the place it was first kept (a dictionary only added to enumerates in insertion order).
        var latest = new Dictionary<long, KeptItem>();
        foreach (var kept in report.KeptItems)
        {
            latest[kept.Id] = kept;
        }

        Items = [.. latest.Values];
        Ids = Items.Select(k => k.Id).ToHashSet();
        TagsForExisting = report.TagsForExisting;
        AttachmentLinks = report.AttachmentLinks;
        PackSearch = packSearch;
    }

    /// <summary>The items added or updated, each once.</summary>
    public IReadOnlyList<KeptItem> Items { get; }

    /// <summary>Their numbers.</summary>
    public IReadOnlySet<long> Ids { get; }

    /// <summary>Tags that inputs carried for items kept before (unchanged or duplicate content).</summary>
    public IReadOnlyList<(long ItemId, IReadOnlyList<string> Tags)> TagsForExisting { get; }

    /// <summary>The links from the attachments the run kept, or found kept before, to their messages.</summary>
    public IReadOnlyList<Link> AttachmentLinks { get; }

    /// <summary>Whether the lexical index may be packed now; false for a worker, which packs once its queue is drained.</summary>
    public bool PackSearch { get; }

    /// <summary>
    /// The text of <paramref name="item"/>: held in memory, except past the run's budget
    /// (<see cref="IngestReport.HeldTextBudget"/>), where it is read from the store.
    /// </summary>
    public async ValueTask<string> TextOfAsync(KeptItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Text ?? await _items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
    }
}
