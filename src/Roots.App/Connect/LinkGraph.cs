using Roots.Core.Model;

namespace Roots.App.Connect;

/// <summary>The items and links of a library, for export.</summary>
/// <param name="Nodes">The items that take part in at least one link (or every item, when asked).</param>
/// <param name="Links">Every link, sorted by source, kind and target.</param>
public sealed record LinkGraph(IReadOnlyList<Item> Nodes, IReadOnlyList<Link> Links);
