namespace Roots.Core.Classification;

/// <summary>
/// Merging tag <c>from</c> into tag <c>into</c> across a library, as a plain function of the rows
/// involved, so that SQLite and PostgreSQL decide it the same way. The user's decisions survive:
/// <list type="bullet">
/// <item>Where an item carries <c>from</c>, it carries <c>into</c> afterwards with the higher-ranked of the two origins (user over rule over model over classifier).</item>
/// <item>Where the user had removed <c>into</c> from an item, an automatic <c>from</c> is dropped rather than merged (removed stays removed); a user's <c>from</c> is an explicit decision and lifts that removal, as adding a removed tag again does.</item>
/// <item>Where the user had removed <c>from</c>, the removal moves to <c>into</c>, and an automatic <c>into</c> on that item goes (the user rejected the idea there); a user's <c>into</c> stays.</item>
/// </list>
/// No <c>from</c> row remains afterwards, so running it twice changes nothing the second time.
/// </summary>
public static class TagMerge
{
    /// <summary>The writes that merge <paramref name="from"/> into <paramref name="into"/>.</summary>
    /// <param name="from">The tag that goes away.</param>
    /// <param name="into">The tag that stays.</param>
    /// <param name="tags">Every row of either tag: (item, tag row).</param>
    /// <param name="removed">Every removed-tag record of either tag: (item, tag).</param>
    /// <returns>The steps per item, and how many items change.</returns>
    public static (IReadOnlyList<TagMergeStep> Steps, int Items) Plan(
        string from, string into, IReadOnlyList<(long ItemId, ItemTag Tag)> tags, IReadOnlyList<(long ItemId, string Tag)> removed)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(removed);
        if (string.Equals(from, into, StringComparison.Ordinal))
        {
            return ([], 0);
        }

        var fromTags = tags.Where(t => t.Tag.Tag == from).ToDictionary(t => t.ItemId, t => t.Tag);
        var intoTags = tags.Where(t => t.Tag.Tag == into).ToDictionary(t => t.ItemId, t => t.Tag);
        var removedFrom = removed.Where(r => r.Tag == from).Select(r => r.ItemId).ToHashSet();
        var removedInto = removed.Where(r => r.Tag == into).Select(r => r.ItemId).ToHashSet();
        var steps = new List<TagMergeStep>();
        foreach (long item in fromTags.Keys.Union(removedFrom).Order())
        {
            if (fromTags.TryGetValue(item, out var tag))
            {
                steps.Add(new(item, TagMergeAction.DeleteTag, from));
                bool user = tag.Origin == TagOrigin.User;
                if (removedInto.Contains(item) && !user)
                {
                    continue;
                }

                if (user && removedInto.Contains(item))
                {
                    steps.Add(new(item, TagMergeAction.DeleteRemoved, into));
                }

                if (!intoTags.TryGetValue(item, out var existing) || tag.Origin.Rank() > existing.Origin.Rank())
                {
                    steps.Add(new(item, TagMergeAction.SetTag, into, tag.Origin, tag.Confidence));
                }
            }
            else
            {
                steps.Add(new(item, TagMergeAction.DeleteRemoved, from));
                if (intoTags.TryGetValue(item, out var existing) && existing.Origin == TagOrigin.User)
                {
                    continue;
                }

                if (existing is not null)
                {
                    steps.Add(new(item, TagMergeAction.DeleteTag, into));
                }

                if (!removedInto.Contains(item))
                {
                    steps.Add(new(item, TagMergeAction.AddRemoved, into));
                }
            }
        }

        return (steps, fromTags.Count + removedFrom.Count);
    }
}
