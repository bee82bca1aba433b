using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Connect;

/// <summary>An item's explicit mentions, both ways: what it mentions, and what mentions it (its backlinks).</summary>
/// <param name="items">The items the links join.</param>
/// <param name="links">The links.</param>
public sealed class MentionReader(IItemStore items, ILinkStore links)
{
    /// <summary>What <paramref name="id"/> mentions and what mentions it (its backlinks).</summary>
    public async Task<(IReadOnlyList<LinkedItem> Mentions, IReadOnlyList<LinkedItem> Backlinks)> LinksOfAsync(long id, CancellationToken cancellationToken = default)
    {
        var outgoing = await links.LinksFromAsync(id, LinkKinds.Mentions, cancellationToken).ConfigureAwait(false);
        var incoming = await links.LinksToAsync(id, LinkKinds.Mentions, cancellationToken).ConfigureAwait(false);
        return (await ResolveAsync(outgoing, l => l.TargetId, cancellationToken).ConfigureAwait(false),
                await ResolveAsync(incoming, l => l.SourceId, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<LinkedItem>> ResolveAsync(IReadOnlyList<Link> found, Func<Link, long> other, CancellationToken cancellationToken)
    {
        var byId = (await items.GetManyAsync(found.Select(other).Distinct().ToList(), cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
        return found.Where(l => byId.ContainsKey(other(l))).Select(l => new LinkedItem(byId[other(l)], l.Kind, l.Evidence)).ToList();
    }
}
