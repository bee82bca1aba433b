using Roots.App.UseCases;
using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>What <paramref name="id"/> mentions and what mentions it (its backlinks).</summary>
    public async Task<(IReadOnlyList<LinkedItem> Mentions, IReadOnlyList<LinkedItem> Backlinks)> LinksOfAsync(long id, CancellationToken cancellationToken = default)
    {
        var outgoing = await _store.LinksFromAsync(id, LinkKinds.Mentions, cancellationToken).ConfigureAwait(false);
        var incoming = await _store.LinksToAsync(id, LinkKinds.Mentions, cancellationToken).ConfigureAwait(false);
        return (await ResolveLinksAsync(outgoing, l => l.TargetId, cancellationToken).ConfigureAwait(false),
                await ResolveLinksAsync(incoming, l => l.SourceId, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<LinkedItem>> ResolveLinksAsync(IReadOnlyList<Link> links, Func<Link, long> other, CancellationToken cancellationToken)
    {
        var items = (await _store.GetManyAsync(links.Select(other).Distinct().ToList(), cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
        return links.Where(l => items.ContainsKey(other(l))).Select(l => new LinkedItem(items[other(l)], l.Kind, l.Evidence)).ToList();
    }
}
