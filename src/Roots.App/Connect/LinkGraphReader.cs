using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Connect;

/// <summary><c>roots graph</c>: the links between items, read whole.</summary>
/// <param name="items">The items the links join.</param>
/// <param name="links">The links.</param>
public sealed class LinkGraphReader(IItemStore items, ILinkStore links)
{
    /// <summary>The link graph: every link, and the items they join (every item with <paramref name="allItems"/>).</summary>
    public async Task<LinkGraph> GraphAsync(bool allItems = false, CancellationToken cancellationToken = default)
    {
        var all = new List<Link>();
        await foreach (var link in links.AllLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(link);
        }

        var ids = allItems
            ? (await links.AllTitlesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.ItemId).ToList()
            : all.SelectMany(l => (long[])[l.SourceId, l.TargetId]).Distinct().Order().ToList();
        var nodes = await items.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return new LinkGraph(nodes, all);
    }
}
