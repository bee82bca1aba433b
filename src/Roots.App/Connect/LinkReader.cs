using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Connect;

/// <summary>
/// An item's explicit links, both ways: what it mentions and what mentions it (its backlinks), the attachments
/// that arrived with it and the messages it arrived in as an attachment, and its versions in another language.
/// </summary>
/// <param name="items">The items the links join.</param>
/// <param name="links">The links.</param>
public sealed class LinkReader(IItemStore items, ILinkStore links)
{
    /// <summary>The explicit links of <paramref name="id"/>, resolved to their items.</summary>
    public async Task<ItemLinks> LinksOfAsync(long id, CancellationToken cancellationToken = default)
    {
        var outgoing = await links.LinksFromAsync(id, null, cancellationToken).ConfigureAwait(false);
        var incoming = await links.LinksToAsync(id, null, cancellationToken).ConfigureAwait(false);
        return new ItemLinks(
            await ResolveAsync(outgoing.Where(l => l.Kind == LinkKinds.Mentions).ToList(), l => l.TargetId, cancellationToken).ConfigureAwait(false),
            await ResolveAsync(incoming.Where(l => l.Kind == LinkKinds.Mentions).ToList(), l => l.SourceId, cancellationToken).ConfigureAwait(false))
        {
            Attachments = await ResolveAsync(incoming.Where(l => l.Kind == LinkKinds.AttachmentOf).ToList(), l => l.SourceId, cancellationToken).ConfigureAwait(false),
            AttachmentOf = await ResolveAsync(outgoing.Where(l => l.Kind == LinkKinds.AttachmentOf).ToList(), l => l.TargetId, cancellationToken).ConfigureAwait(false),
            Versions = await ResolveAsync(outgoing.Where(l => l.Kind == LinkKinds.TranslationOf).ToList(), l => l.TargetId, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<IReadOnlyList<LinkedItem>> ResolveAsync(IReadOnlyList<Link> found, Func<Link, long> other, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return [];
        }

        var byId = (await items.GetManyAsync(found.Select(other).Distinct().ToList(), cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
        return found.Where(l => byId.ContainsKey(other(l))).Select(l => new LinkedItem(byId[other(l)], l.Kind, l.Evidence)).ToList();
    }
}
