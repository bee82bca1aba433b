namespace Roots.App.Models;

/// <summary>What a model chose for one item in <c>roots tag ID --model</c>.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Chosen">The taxonomy tags the model chose (canonical names).</param>
/// <param name="Added">Those that were put on the item or changed origin now (others were already set, or set by the user or a rule).</param>
/// <param name="Blocked">Chosen tags the user had removed from this item: never put back.</param>
/// <param name="Dropped">How many of the model's answers were outside the taxonomy and thrown away.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
/// <param name="Cached">True when the same model already answered for the same text and taxonomy, costing nothing.</param>
public sealed record ModelTagOutcome(
    long ItemId, string Title, IReadOnlyList<string> Chosen, IReadOnlyList<string> Added, IReadOnlyList<string> Blocked, int Dropped, string By, bool Cached);
