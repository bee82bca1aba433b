using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Ingest;

/// <summary>
/// Gives items that were already kept the tags a later import carried for them (a bookmark export
/// naming a URL collected before, a JSONL record kept before, --tag on a re-run). Nothing new is
/// stored for such inputs, but their tags are what the user said about the item, so they become
/// user tags; a tag the user removed from that item stays removed, as it does when a changed
/// file or record carries it again.
/// </summary>
internal sealed class ImportTagMerger(ITagStore store)
{
    /// <summary>Adds each item's tags; returns how many items got a tag they lacked.</summary>
    public async Task<int> MergeAsync(IEnumerable<(long ItemId, IReadOnlyList<string> Tags)> tagged, CancellationToken cancellationToken)
    {
        int changed = 0;
        foreach (var group in tagged.Where(t => t.ItemId > 0).GroupBy(t => t.ItemId))
        {
            var tags = group.SelectMany(g => g.Tags).Select(TagName.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (tags.Count == 0)
            {
                continue;
            }

            // Most re-imports carry the tags the item already has: one read, no write.
            var current = (await store.GetTagsAsync(group.Key, cancellationToken).ConfigureAwait(false))
                .Where(t => t.Origin == TagOrigin.User).Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);
            var missing = tags.Where(t => !current.Contains(t)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var removed = (await store.GetRemovedTagsAsync(group.Key, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var adding = missing.Where(t => !removed.Contains(t)).ToList();
            if (adding.Count > 0 && (await store.AddUserTagsAsync(group.Key, adding, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                changed++;
            }
        }

        return changed;
    }
}
