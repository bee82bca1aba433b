using Roots.App.Connect;
using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>The link graph: every link, and the items they join (every item with <paramref name="allItems"/>).</summary>
    public async Task<LinkGraph> GraphAsync(bool allItems = false, CancellationToken cancellationToken = default)
    {
        var links = new List<Link>();
        await foreach (var link in _store.AllLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            links.Add(link);
        }

        var ids = allItems
            ? (await _store.AllTitlesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.ItemId).ToList()
            : links.SelectMany(l => (long[])[l.SourceId, l.TargetId]).Distinct().Order().ToList();
        var nodes = await _store.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return new LinkGraph(nodes, links);
    }
}
