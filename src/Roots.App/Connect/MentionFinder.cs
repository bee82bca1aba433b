using Roots.App.Ingest;
using Roots.Core.Analysis;
using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// Finds explicit mentions for the items a run kept, in both directions: a new item that contains
/// another item's URL, DOI or exact title mentions it, and older items that contain the new item's
/// do too. A URL counts whether the text writes it or a page links to it (a page's <c>links</c>
/// field, whose URLs are among its identifiers), and it names an item by its address (canonical
/// when the page declares one) or by where it was fetched from after redirects. A note's
/// <c>[[wikilink]]</c> mentions the item of that title, however short the title. It is handed the new items' texts, identifiers and fields; only older items are read.
/// Mentions are facts of the texts, so running it again changes nothing.
/// </summary>
internal sealed class MentionFinder(IItemStore items, ILinkStore links, IIdentifierIndex identifiers, ISearchIndex search, ChineseIndexing chinese, double titleWeight)
    : IAfterKeepStage
{
    /// <summary>
    /// Above this many new items, links from older items to the new ones are found by reading the
    /// older texts once, instead of one title search per new item.
    /// </summary>
    private const int IncomingBySearchLimit = 200;

    /// <summary>How many of an item's unmatched URLs are looked up as another item's source (its address before the canonical one): 200.</summary>
    private const int SourceLookups = 200;

    /// <summary>How many of the items that carry a DOI are checked for owning it.</summary>
    private const int OwnerCandidates = 200;

    /// <inheritdoc />
    public string Name => "mentions";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Items.Count == 0)
        {
            return;
        }

        // Every title: the older items' as stored, the new items' as they were just kept.
        var stored = await links.AllTitlesAsync(cancellationToken).ConfigureAwait(false);
        var everyTitle = stored.Where(t => !run.Ids.Contains(t.ItemId)).Concat(run.Items.Select(k => (k.Id, k.Title))).ToList();
        var matcher = new TitleMatcher(everyTitle);
        var byTitle = everyTitle.ToLookup(t => WikiLinks.Key(t.Item2), t => t.Item1);
        var found = new List<Link>();
        var owners = new Dictionary<Identifier, List<long>>();
        var fresh = run.Items.ToDictionary(k => k.Id);
        foreach (var item in run.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false);
            // Its own DOI is among the identifiers found in its text, fields and address: without a DOI there, none to read.
            var ownDoi = item.Identifiers.Any(i => i.Kind == "doi") ? Publish.OwnDoi.Find(item.Fields, item.Url, text) : null;
            found.AddRange(await OutgoingAsync(item, text, ownDoi, matcher, owners, fresh, run, cancellationToken).ConfigureAwait(false));
            found.AddRange(Wikilinked(item, text, byTitle));
            found.AddRange(await IncomingByIdentifierAsync(item, ownDoi, cancellationToken).ConfigureAwait(false));
        }

        found.AddRange(run.Items.Count <= IncomingBySearchLimit
            ? await IncomingTitlesBySearchAsync(run, cancellationToken).ConfigureAwait(false)
            : await IncomingTitlesByScanAsync(run, stored, cancellationToken).ConfigureAwait(false));

        // Outgoing mentions of an updated item are replaced (its new text may no longer mention them).
        var distinct = found.Where(l => l.SourceId != l.TargetId).DistinctBy(l => (l.SourceId, l.TargetId)).ToList();
        await links.ReplaceLinksAsync(LinkKinds.Mentions, [.. run.Ids], distinct.Where(l => run.Ids.Contains(l.SourceId)).ToList(), cancellationToken)
            .ConfigureAwait(false);
        await links.AddLinksAsync(distinct.Where(l => !run.Ids.Contains(l.SourceId)).ToList(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The items <paramref name="item"/> mentions: by exact title, by URL, and by a DOI another item owns.</summary>
    private async Task<List<Link>> OutgoingAsync(KeptItem item, string text, Identifier? ownDoi, TitleMatcher matcher,
        Dictionary<Identifier, List<long>> owners, Dictionary<long, KeptItem> fresh, KeptRun run, CancellationToken cancellationToken)
    {
        var result = new List<Link>();
        foreach (var (target, title) in matcher.FindIn(text))
        {
            result.Add(new Link(item.Id, LinkKinds.Mentions, target, 1.0, "title:" + title));
        }

        var byAddress = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, value) in item.Identifiers)
        {
            switch (kind)
            {
                case "url":
                    byAddress.TryAdd(value, "url:" + value);
                    // Identifiers drop a bare "/" path; an item's address, as fetched, keeps it.
                    if (Uri.TryCreate(value, UriKind.Absolute, out var asUri) && asUri.AbsolutePath == "/" && asUri.Query.Length == 0 && !value.EndsWith('/'))
                    {
                        byAddress.TryAdd(value + "/", "url:" + value);
                    }

                    break;
                case "doi":
                    byAddress.TryAdd(value, "doi:" + value);
                    byAddress.TryAdd("https://doi.org/" + value, "doi:" + value);
                    break;
            }
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, address) in await links.FindByUrlsAsync(byAddress.Keys, cancellationToken).ConfigureAwait(false))
        {
            result.Add(new Link(item.Id, LinkKinds.Mentions, target, 1.0, byAddress[address]));
            matched.Add(byAddress[address]);
        }

        // A page whose address is its canonical URL is still known by where it was fetched from.
        foreach (var (address, evidence) in byAddress.Where(a => a.Value.StartsWith("url:", StringComparison.Ordinal) && !matched.Contains(a.Value)).Take(SourceLookups))
        {
            if (await items.FindSourceAsync(address, cancellationToken).ConfigureAwait(false) is { } state)
            {
                result.Add(new Link(item.Id, LinkKinds.Mentions, state.ItemId, 1.0, evidence));
            }
        }

        // A DOI that is another item's own by its front matter or meta tags (not its address): found among the items that carry it.
        foreach (var (_, value) in item.Identifiers.Where(i => i.Kind == "doi").DistinctBy(i => i.Value, StringComparer.OrdinalIgnoreCase))
        {
            if (Identifier.Create(IdentifierKind.Doi, value) is { IsSuccess: true } doi && doi.Value != ownDoi)
            {
                if (!owners.TryGetValue(doi.Value, out var found))
                {
                    found = owners[doi.Value] = await OwnersOfAsync(doi.Value, fresh, run, cancellationToken).ConfigureAwait(false);
                }

                foreach (long owner in found.Where(o => o != item.Id))
                {
                    result.Add(new Link(item.Id, LinkKinds.Mentions, owner, 1.0, "doi:" + doi.Value.Value));
                }
            }
        }

        return result;
    }

    /// <summary>The items a note's <c>[[wikilinks]]</c> name by title (Markdown and typed notes only).</summary>
    private static IEnumerable<Link> Wikilinked(KeptItem item, string text, ILookup<string, long> byTitle)
    {
        if (item.Kind is not ("markdown" or "note"))
        {
            return [];
        }

        return WikiLinks.Targets(text).SelectMany(target =>
            byTitle[target.Key].Take(5).Select(id => new Link(item.Id, LinkKinds.Mentions, id, 1.0, "wikilink:" + target.Written)));
    }

    /// <summary>
    /// The items whose own DOI (<see cref="Publish.OwnDoi"/>) is <paramref name="doi"/>: an item carries its
    /// own DOI (front matter and meta tags are searched for identifiers too), so its owner is among the
    /// items the identifier index gives for it. New items are judged from what the run holds.
    /// </summary>
    private async Task<List<long>> OwnersOfAsync(Identifier doi, Dictionary<long, KeptItem> fresh, KeptRun run, CancellationToken cancellationToken)
    {
        var candidates = (await identifiers.FindByIdentifierAsync(doi, cancellationToken).ConfigureAwait(false)).Take(OwnerCandidates).ToList();
        var result = new List<long>();
        foreach (long id in candidates.Where(fresh.ContainsKey))
        {
            var kept = fresh[id];
            var own = Publish.OwnDoi.Find(kept.Fields, kept.Url, "") ?? Publish.OwnDoi.Find(kept.Fields, kept.Url, await run.TextOfAsync(kept, cancellationToken).ConfigureAwait(false));
            if (own == doi)
            {
                result.Add(id);
            }
        }

        foreach (var candidate in await items.GetManyAsync(candidates.Where(c => !fresh.ContainsKey(c)).ToList(), cancellationToken).ConfigureAwait(false))
        {
            var fields = await items.GetFieldsAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            // Fields and address first; the text is read only when neither gives a DOI (one labelled under the title may).
            var own = Publish.OwnDoi.Find(fields, candidate.Url, "")
                ?? Publish.OwnDoi.Find(fields, candidate.Url, await items.GetTextAsync(candidate.Id, null, cancellationToken).ConfigureAwait(false) ?? "");
            if (own == doi)
            {
                result.Add(candidate.Id);
            }
        }

        result.Sort();
        return result;
    }

    /// <summary>Older items whose text carries the new item's own URL or own DOI (<see cref="Publish.OwnDoi"/>: from its front matter, meta tags or doi.org address).</summary>
    private async Task<List<Link>> IncomingByIdentifierAsync(KeptItem item, Identifier? ownDoi, CancellationToken cancellationToken)
    {
        var result = new List<Link>();
        var own = new List<Identifier>();
        if (item.Url is { Length: > 0 } url && Identifier.Create(IdentifierKind.Url, url) is { IsSuccess: true } asUrl)
        {
            own.Add(asUrl.Value);
        }

        if (item.Source != item.Url && Identifier.Create(IdentifierKind.Url, item.Source) is { IsSuccess: true } asSource)
        {
            own.Add(asSource.Value);
        }

        if (ownDoi is not null)
        {
            own.Add(ownDoi);
        }

        foreach (var identifier in own)
        {
            foreach (long source in await identifiers.FindByIdentifierAsync(identifier, cancellationToken).ConfigureAwait(false))
            {
                result.Add(new Link(source, LinkKinds.Mentions, item.Id, 1.0, $"{identifier.Scheme}:{identifier.Value}"));
            }
        }

        return result;
    }

    /// <summary>Older items that contain a new item's title, found by searching for the title (a few new items).</summary>
    private async Task<List<Link>> IncomingTitlesBySearchAsync(KeptRun run, CancellationToken cancellationToken)
    {
        var result = new List<Link>();
        // Every new title is searched for: a short one is no mention when merely written, but is when wikilinked.
        foreach (var item in run.Items.Where(i => !string.IsNullOrWhiteSpace(i.Title)))
        {
            var single = TitleMatcher.Qualifies(item.Title) ? new TitleMatcher([(item.Id, item.Title)]) : null;
            var key = WikiLinks.Key(item.Title);
            var terms = TextAnalyzer.Terms(item.Title, chinese);
            var hits = await search.SearchAsync(new SearchRequest(terms, ItemFilter.None with { Limit = 20 }, titleWeight), cancellationToken).ConfigureAwait(false);
            // New items' own mentions were found from their texts above.
            foreach (var hit in hits.Where(h => !run.Ids.Contains(h.ItemId)))
            {
                string text = await items.GetTextAsync(hit.ItemId, null, cancellationToken).ConfigureAwait(false) ?? "";
                if (single?.FindIn(text) is [var (_, title), ..])
                {
                    result.Add(new Link(hit.ItemId, LinkKinds.Mentions, item.Id, 1.0, "title:" + title));
                }
                else if (WikiLinks.Targets(text).Any(target => target.Key == key))
                {
                    result.Add(new Link(hit.ItemId, LinkKinds.Mentions, item.Id, 1.0, "wikilink:" + item.Title));
                }
            }
        }

        return result;
    }

    /// <summary>Older items that contain a new item's title, found by reading every older text once (many new items).</summary>
    private async Task<List<Link>> IncomingTitlesByScanAsync(KeptRun run, IReadOnlyList<(long ItemId, string Title)> stored, CancellationToken cancellationToken)
    {
        var result = new List<Link>();
        var matcher = new TitleMatcher(run.Items.Select(i => (i.Id, i.Title)));
        var newTitles = run.Items.ToLookup(i => WikiLinks.Key(i.Title), i => i.Id);

        foreach (var (older, _) in stored)
        {
            if (run.Ids.Contains(older))
            {
                continue; // new items' outgoing mentions were found already
            }

            string text = await items.GetTextAsync(older, null, cancellationToken).ConfigureAwait(false) ?? "";
            foreach (var (target, title) in matcher.FindIn(text))
            {
                result.Add(new Link(older, LinkKinds.Mentions, target, 1.0, "title:" + title));
            }

            foreach (var wikilink in WikiLinks.Targets(text))
            {
                result.AddRange(newTitles[wikilink.Key].Select(target => new Link(older, LinkKinds.Mentions, target, 1.0, "wikilink:" + wikilink.Written)));
            }
        }

        return result;
    }
}
