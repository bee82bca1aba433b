using Roots.App.UseCases;
using Roots.Core.Analysis;
using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Above this many new items, links from older items to the new ones are found by reading the
    /// older texts once, instead of one title search per new item.
    /// </summary>
    private const int IncomingBySearchLimit = 200;

    /// <summary>
    /// Finds explicit mentions for newly kept items, in both directions: a new item that contains
    /// another item's URL, DOI or exact title mentions it, and older items that contain the new
    /// item's do too. Mentions are facts of the texts, so re-running changes nothing.
    /// </summary>
    public async Task<int> ConnectAsync(IReadOnlyCollection<long> newItems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newItems);
        if (newItems.Count == 0)
        {
            return 0;
        }

        var titles = await _store.AllTitlesAsync(cancellationToken).ConfigureAwait(false);
        var matcher = new TitleMatcher(titles);
        var links = new List<Link>();
        var owners = new Dictionary<Identifier, List<long>>();
        var items = await _store.GetManyAsync(newItems.ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
            var identifiers = await _store.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
            // Its own DOI is among the identifiers found in its text, fields and address: without a DOI there, none to read.
            var ownDoi = identifiers.Any(i => i.Kind == "doi")
                ? Publish.OwnDoi.Find(await _store.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false), item.Url, text)
                : null;
            links.AddRange(await OutgoingMentionsAsync(item, text, identifiers, ownDoi, matcher, owners, cancellationToken).ConfigureAwait(false));
            links.AddRange(await IncomingByIdentifierAsync(item, ownDoi, cancellationToken).ConfigureAwait(false));
        }

        links.AddRange(newItems.Count <= IncomingBySearchLimit
            ? await IncomingTitlesBySearchAsync(items, cancellationToken).ConfigureAwait(false)
            : await IncomingTitlesByScanAsync(items, cancellationToken).ConfigureAwait(false));

        // Outgoing mentions of an updated item are replaced (its new text may no longer mention them).
        var distinct = links.Where(l => l.SourceId != l.TargetId).DistinctBy(l => (l.SourceId, l.TargetId)).ToList();
        await _store.ReplaceLinksAsync(LinkKinds.Mentions, newItems, distinct.Where(l => newItems.Contains(l.SourceId)).ToList(), cancellationToken).ConfigureAwait(false);
        await _store.AddLinksAsync(distinct.Where(l => !newItems.Contains(l.SourceId)).ToList(), cancellationToken).ConfigureAwait(false);
        return distinct.Count;
    }

    /// <summary>The items <paramref name="item"/> mentions: by exact title, by URL, and by a DOI another item owns.</summary>
    /// <param name="item">The new item.</param>
    /// <param name="text">Its text.</param>
    /// <param name="identifiers">The identifiers found in it.</param>
    /// <param name="ownDoi">Its own DOI, which it does not mention.</param>
    /// <param name="matcher">Every item's title.</param>
    /// <param name="owners">The owners of each DOI looked up so far in this pass (many new items cite the same few), filled here.</param>
    /// <param name="cancellationToken">Stops the lookups.</param>
    private async Task<List<Link>> OutgoingMentionsAsync(Item item, string text, IReadOnlyList<(string Kind, string Value)> identifiers, Identifier? ownDoi,
        TitleMatcher matcher, Dictionary<Identifier, List<long>> owners, CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        foreach (var (target, title) in matcher.FindIn(text))
        {
            links.Add(new Link(item.Id, LinkKinds.Mentions, target, 1.0, "title:" + title));
        }

        var byAddress = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, value) in identifiers)
        {
            switch (kind)
            {
                case "url":
                    byAddress.TryAdd(value, "url:" + value);
                    break;
                case "doi":
                    byAddress.TryAdd(value, "doi:" + value);
                    byAddress.TryAdd("https://doi.org/" + value, "doi:" + value);
                    break;
            }
        }

        foreach (var (target, address) in await _store.FindByUrlsAsync(byAddress.Keys, cancellationToken).ConfigureAwait(false))
        {
            links.Add(new Link(item.Id, LinkKinds.Mentions, target, 1.0, byAddress[address]));
        }

        // A DOI that is another item's own by its front matter or meta tags (not its address): found among the items that carry it.
        foreach (var (kind, value) in identifiers.Where(i => i.Kind == "doi").DistinctBy(i => i.Value, StringComparer.OrdinalIgnoreCase))
        {
            if (Identifier.Create(IdentifierKind.Doi, value) is { IsSuccess: true } doi && doi.Value != ownDoi)
            {
                if (!owners.TryGetValue(doi.Value, out var found))
                {
                    found = owners[doi.Value] = await OwnersOfAsync(doi.Value, cancellationToken).ConfigureAwait(false);
                }

                foreach (long owner in found.Where(o => o != item.Id))
                {
                    links.Add(new Link(item.Id, LinkKinds.Mentions, owner, 1.0, "doi:" + doi.Value.Value));
                }
            }
        }

        return links;
    }

    /// <summary>How many of the items that carry a DOI are checked for owning it.</summary>
    private const int OwnerCandidates = 200;

    /// <summary>
    /// The items whose own DOI (<see cref="Publish.OwnDoi"/>) is <paramref name="doi"/>: an item
    /// carries its own DOI (front matter and meta tags are searched for identifiers too), so its owner
    /// is among the items the identifier index gives for it.
    /// </summary>
    private async Task<List<long>> OwnersOfAsync(Identifier doi, CancellationToken cancellationToken)
    {
        var candidates = (await _store.FindByIdentifierAsync(doi, cancellationToken).ConfigureAwait(false)).Take(OwnerCandidates).ToList();
        var owners = new List<long>();
        foreach (var candidate in await _store.GetManyAsync(candidates, cancellationToken).ConfigureAwait(false))
        {
            var fields = await _store.GetFieldsAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            // Fields and address first; the text is read only when neither gives a DOI (one labelled under the title may).
            var own = Publish.OwnDoi.Find(fields, candidate.Url, "")
                ?? Publish.OwnDoi.Find(fields, candidate.Url, await _store.GetTextAsync(candidate.Id, null, cancellationToken).ConfigureAwait(false) ?? "");
            if (own == doi)
            {
                owners.Add(candidate.Id);
            }
        }

        return owners;
    }

    /// <summary>Older items whose text carries the new item's own URL or own DOI (<see cref="Publish.OwnDoi"/>: from its front matter, meta tags or doi.org address).</summary>
    private async Task<List<Link>> IncomingByIdentifierAsync(Item item, Identifier? ownDoi, CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        var own = new List<Identifier>();
        if (item.Url is { Length: > 0 } url && Identifier.Create(IdentifierKind.Url, url) is { IsSuccess: true } asUrl)
        {
            own.Add(asUrl.Value);
        }

        if (ownDoi is not null)
        {
            own.Add(ownDoi);
        }

        foreach (var identifier in own)
        {
            foreach (long source in await _store.FindByIdentifierAsync(identifier, cancellationToken).ConfigureAwait(false))
            {
                links.Add(new Link(source, LinkKinds.Mentions, item.Id, 1.0, $"{identifier.Scheme}:{identifier.Value}"));
            }
        }

        return links;
    }

    private async Task<List<Link>> IncomingTitlesBySearchAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        foreach (var item in items.Where(i => TitleMatcher.Qualifies(i.Title)))
        {
            var single = new TitleMatcher([(item.Id, item.Title)]);
            var terms = TextAnalyzer.Terms(item.Title, Config.Analysis.Chinese);
            var hits = await _store.SearchAsync(new SearchRequest(terms, ItemFilter.None with { Limit = 20 }, Config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits.Where(h => h.ItemId != item.Id))
            {
                string text = await _store.GetTextAsync(hit.ItemId, null, cancellationToken).ConfigureAwait(false) ?? "";
                if (single.FindIn(text) is [var (_, title), ..])
                {
                    links.Add(new Link(hit.ItemId, LinkKinds.Mentions, item.Id, 1.0, "title:" + title));
                }
            }
        }

        return links;
    }

    private async Task<List<Link>> IncomingTitlesByScanAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        var fresh = items.Select(i => i.Id).ToHashSet();
        var matcher = new TitleMatcher(items.Select(i => (i.Id, i.Title)));
        if (matcher.Count == 0)
        {
            return links;
        }

        foreach (var (older, _) in await _store.AllTitlesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (fresh.Contains(older))
            {
                continue; // new items' outgoing mentions were found already
            }

            string text = await _store.GetTextAsync(older, null, cancellationToken).ConfigureAwait(false) ?? "";
            foreach (var (target, title) in matcher.FindIn(text))
            {
                links.Add(new Link(older, LinkKinds.Mentions, target, 1.0, "title:" + title));
            }
        }

        return links;
    }

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
