using Roots.Core.Classification;

namespace Roots.Core.Ports;

/// <summary>
/// Keeps tags with who set them (user, rule, classifier), the tags a user removed, and categories.
/// User decisions beat automatic ones, and the store enforces it so that no caller can forget:
/// a rule or the classifier never adds a tag the user removed from that item, never changes a
/// user's tag or category, and a rule outranks the classifier. Every write is idempotent.
/// </summary>
/// <remarks>Tags and categories passed in are already canonical (synonyms resolved, normalised). Same threading as <see cref="IItemStore"/>.</remarks>
public interface ITagStore
{
    /// <summary>An item's tags with their origins, by name.</summary>
    ValueTask<IReadOnlyList<ItemTag>> GetTagsAsync(long itemId, CancellationToken cancellationToken = default);

    /// <summary>The tags the user removed from an item, by name.</summary>
    ValueTask<IReadOnlyList<string>> GetRemovedTagsAsync(long itemId, CancellationToken cancellationToken = default);

    /// <summary>An item's category, or null.</summary>
    ValueTask<ItemCategory?> GetCategoryAsync(long itemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user adds tags: each becomes (or stays) a user tag, whoever set it before, and stops being
    /// a removed tag. Returns the tags that were not user tags before.
    /// </summary>
    ValueTask<IReadOnlyList<string>> AddUserTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user removes tags: each is deleted whoever set it, and recorded as removed so nothing automatic
    /// puts it back. Returns the tags that were on the item.
    /// </summary>
    ValueTask<IReadOnlyList<string>> RemoveTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="tags"/> the item's tags of an automatic <paramref name="origin"/>: its earlier tags of
    /// that origin not in the list go, the listed ones are added unless removed by the user or already set by the
    /// user or by a higher origin (rule over classifier). Returns the tags added or whose origin or confidence changed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is <see cref="TagOrigin.User"/>.</exception>
    ValueTask<IReadOnlyList<string>> ReplaceAutomaticTagsAsync(
        long itemId, TagOrigin origin, IReadOnlyList<ScoredLabel> tags, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets an item's category. A user category replaces anything; an automatic one never replaces a user's,
    /// and a classifier's never replaces a rule's. A null category from an automatic origin clears that origin's own.
    /// Returns true when something changed.
    /// </summary>
    ValueTask<bool> SetCategoryAsync(long itemId, string? category, TagOrigin origin, double? confidence, CancellationToken cancellationToken = default);

    /// <summary>Every item the user labelled (a user tag or a user category), with its current text: the classifier's training data.</summary>
    ValueTask<IReadOnlyList<LabelledItem>> LabelledItemsAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of items with no user tag and no user category, oldest first.</summary>
    ValueTask<IReadOnlyList<long>> UnlabelledItemIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every tag in use with how many items carry it, most used first, then by name (ordinal).</summary>
    ValueTask<IReadOnlyList<TagCount>> ListTagCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges tag <paramref name="from"/> into <paramref name="into"/> on every item, in one transaction, by the rules of
    /// <see cref="TagMerge"/> (the user's tags and removals survive). Idempotent. Returns how many items changed.
    /// </summary>
    ValueTask<int> MergeTagAsync(string from, string into, CancellationToken cancellationToken = default);
}
