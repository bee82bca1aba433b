namespace Roots.App.Models;

/// <summary>One item's model summary.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">The summary.</param>
/// <param name="By">Provenance: <c>model:NAME</c>.</param>
/// <param name="Cached">True when it came from the cache (same text, same model), costing nothing.</param>
public sealed record SummaryOutcome(long ItemId, string Title, string Summary, string By, bool Cached);
