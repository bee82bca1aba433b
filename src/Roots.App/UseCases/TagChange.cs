namespace Roots.App.UseCases;

/// <summary>What <c>roots tag</c> did to one item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Added">Tags that became user tags (canonical names).</param>
/// <param name="Removed">Tags that were on the item and are gone; every removed name is remembered so nothing automatic puts it back.</param>
/// <param name="Tags">The item's tags afterwards, with origins.</param>
/// <param name="Category">The item's category afterwards, if any.</param>
public sealed record TagChange(long ItemId, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<TagDetail> Tags, TagDetail? Category);
