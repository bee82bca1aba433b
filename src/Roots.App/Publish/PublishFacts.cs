using Roots.App.Items;
using Roots.App.Models;
using Roots.Core;
using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Transfer;
using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>
/// What publishing and export know of each item (<see cref="ItemFacts"/>): read from the store in a
/// few whole-table queries, derived once per item version and kept in the <see cref="FactsCache"/>.
/// </summary>
/// <param name="itemStore">The items, their versions, texts and fields.</param>
/// <param name="identifiers">The identifier index.</param>
/// <param name="tags">The tag store, for each item's category.</param>
/// <param name="links">The link store, for mentions.</param>
/// <param name="translations">The stored translations.</param>
/// <param name="summaries">The models' summaries.</param>
/// <param name="transfer">The store's whole-table reads, where it has them (faster); null reads item by item.</param>
/// <param name="directory">The library directory (its <c>cache/</c> folder holds the facts cache).</param>
/// <param name="readOnly">Whether the library is read-only: then the caches stay as they are.</param>
/// <param name="lookup">Resolves a user's id.</param>
/// <param name="keywords">Ranks an item's keywords against the whole library.</param>
/// <param name="translationsOf">An item's stored translations, each with whether it is current.</param>
/// <param name="paragraphs">The translated paragraphs (<c>roots translate --body</c>).</param>
public sealed class PublishFacts(
    IItemStore itemStore,
    IIdentifierIndex identifiers,
    ITagStore tags,
    ILinkStore links,
    ITranslationStore translations,
    IModelSummaryStore summaries,
    ILibraryTransfer? transfer,
    string directory,
    bool readOnly,
    ItemLookup lookup,
    KeywordRanker keywords,
    Func<long, string, string, CancellationToken, Task<IReadOnlyList<(ItemTranslation Translation, bool Current)>>> translationsOf,
    IParagraphTranslationStore paragraphs)
{
    /// <summary>Where publishing keeps what it derived from each item version (see <see cref="FactsCache"/>).</summary>
    private string FactsCachePath => Path.Combine(directory, "cache", "publish-facts.bin");

    /// <summary>
    /// The facts of every selected item for a whole publish or export, keywords ranked by TF-IDF among
    /// the selected items. Reads the library in a few whole-table queries; items whose version the
    /// <see cref="FactsCache"/> knows are neither read nor analysed again (their text is left empty
    /// and read when a page that shows it is rendered), the others are read one by one and analysed
    /// on every core.
    /// </summary>
    internal async Task<List<ItemFacts>> SiteFactsAsync(ItemSelection selection, IProgress<PublishProgress>? progress, StageClock? clock, CancellationToken cancellationToken)
    {
        clock?.Start("reading");
        var items = (await itemStore.ListAsync(ItemFilter.None with { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false))
            .DistinctBy(i => i.Id).OrderBy(i => i.Id).ToList();
        var categories = await CategoriesAsync(items, cancellationToken).ConfigureAwait(false);
        var selected = items.Where(i => selection.Includes(i.Tags, categories.GetValueOrDefault(i.Id))).ToList();
        var stored = (await translations.AllTranslationsAsync(cancellationToken).ConfigureAwait(false)).ToLookup(t => t.ItemId);
        string legacy = Path.Combine(directory, "cache", "publish-derived.json");
        // A read-only library keeps its caches as they are: what is not cached is derived again, in memory.
        if (!readOnly && File.Exists(legacy))
        {
            File.Delete(legacy);
        }

        var cache = FactsCache.Load(FactsCachePath);
        var entries = new CachedFacts?[selected.Count];
        var texts = new string?[selected.Count];
        var misses = new List<(int Index, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<(string Kind, string Value)> Identifiers)>();
        for (int i = 0; i < selected.Count; i++)
        {
            entries[i] = cache.Find(selected[i]);
            if (entries[i] is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long id = selected[i].Id;
                texts[i] = await itemStore.GetTextAsync(id, null, cancellationToken).ConfigureAwait(false) ?? "";
                misses.Add((i, await itemStore.GetFieldsAsync(id, cancellationToken).ConfigureAwait(false),
                    await identifiers.GetIdentifiersAsync(id, cancellationToken).ConfigureAwait(false)));
                if (misses.Count % 500 == 0)
                {
                    progress?.Report(new PublishProgress("reading", misses.Count, selected.Count));
                }
            }
        }

        clock?.Start("deriving");
        progress?.Report(new PublishProgress("deriving", 0, misses.Count));
        var derived = new (string Hash, string? Doi, List<string> Cited, string Summary, KeywordCandidates Candidates)[misses.Count];
        Parallel.For(0, misses.Count, m =>
        {
            var (index, fields, identifiers) = misses[m];
            var item = selected[index];
            string text = texts[index]!;
            var doi = OwnDoi.Find(fields, item.Url, text);
            var cited = identifiers.Where(i => i.Kind == "doi")
                .Select(i => Identifier.Create(IdentifierKind.Doi, i.Value)).Where(r => r.IsSuccess).Select(r => r.Value)
                .Where(d => d != doi).Select(d => d.Value).ToList();
            string summary = AuthorFields.Abstract(fields) ?? ExtractiveSummarizer.Summarize(LanguageHalves.FirstText(text, fields), item.Language);
            derived[m] = (TranslationSource.Hash(item.Title, text), doi?.Value, cited, summary, KeywordCandidates.Of(item.Title + "\n" + text));
        });
        for (int m = 0; m < misses.Count; m++)
        {
            var (index, fields, _) = misses[m];
            var d = derived[m];
            entries[index] = cache.Add(selected[index], d.Hash, fields, d.Doi, d.Cited, d.Summary, d.Candidates);
        }

        cache.Retain(items);
        if (cache.Changed && !readOnly)
        {
            cache.Save(FactsCachePath);
        }

        var keywords = KeywordsAmong.Rank(entries!, cache.Strings);
        var byModel = await ModelSummariesAsync(selected, cancellationToken).ConfigureAwait(false);
        var facts = new List<ItemFacts>(selected.Count);
        for (int i = 0; i < selected.Count; i++)
        {
            var item = selected[i];
            var entry = entries[i]!;
            var doi = entry.Doi is null ? null : Identifier.Create(IdentifierKind.Doi, entry.Doi).Value;
            var cited = entry.CitedDois.Select(d => Identifier.Create(IdentifierKind.Doi, d).Value).ToList();
            var fields = entry.Fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
            // The author's own abstract first, then a model's summary of this very text (roots summarize), then the extractive one.
            bool hasAbstract = AuthorFields.Abstract(fields) is not null;
            string summary = !hasAbstract && byModel.TryGetValue(item.Id, out string? modelSummary) ? modelSummary : entry.Summary;
            var authorKeywords = AuthorFields.Keywords(fields);
            facts.Add(new ItemFacts(item, texts[i] ?? "", fields, categories.GetValueOrDefault(item.Id), doi, cited, summary, authorKeywords.Count > 0 ? authorKeywords : keywords[i])
            {
                TextKey = entry.TextHash,
                StoredTranslations = [.. stored[item.Id].Where(t => t.SourceSha256 == entry.TextHash)],
            });
        }

        return facts;
    }

    /// <summary>Reads what export needs of the items named by <paramref name="ids"/>, in that order, keywords ranked against the whole library as <c>roots show</c> does.</summary>
    public async Task<Result<IReadOnlyList<ItemFacts>>> GatherAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var facts = new List<ItemFacts>(ids.Count);
        foreach (string id in ids)
        {
            var item = await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
            {
                return Result<IReadOnlyList<ItemFacts>>.Fail($"no item '{id}' in {directory}; list items with: roots list");
            }

            if (facts.All(f => f.Item.Id != item.Id))
            {
                var category = await tags.GetCategoryAsync(item.Id, cancellationToken).ConfigureAwait(false);
                facts.Add(await FactsAsync(item, category?.Category, cancellationToken).ConfigureAwait(false));
            }
        }

        return facts;
    }

    /// <summary>What export needs of one item, its keywords ranked against the whole library.</summary>
    public async Task<ItemFacts> FactsAsync(Item item, string? category, CancellationToken cancellationToken)
    {
        string text = await itemStore.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await itemStore.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var known = await identifiers.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var doi = OwnDoi.Find(fields, item.Url, text);
        var cited = known.Where(i => i.Kind == "doi")
            .Select(i => Identifier.Create(IdentifierKind.Doi, i.Value)).Where(r => r.IsSuccess).Select(r => r.Value)
            .Where(d => d != doi).ToList();
        string summary = AuthorFields.Abstract(fields)
            ?? await ModelSummaryAsync(item, cancellationToken).ConfigureAwait(false) ?? ExtractiveSummarizer.Summarize(LanguageHalves.FirstText(text, fields), item.Language);
        var authorKeywords = AuthorFields.Keywords(fields);
        var ranked = authorKeywords.Count > 0 ? authorKeywords : await keywords.KeywordsAsync(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false);
        return new ItemFacts(item, text, fields, category, doi, cited, summary, ranked)
        {
            StoredTranslations = [.. (await translationsOf(item.Id, item.Title, text, cancellationToken).ConfigureAwait(false)).Where(t => t.Current).Select(t => t.Translation)],
        };
    }

    /// <summary>The mention links among all items.</summary>
    public async Task<IReadOnlyList<Link>> MentionsAsync(CancellationToken cancellationToken)
    {
        var mentions = new List<Link>();
        await foreach (var link in links.AllLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            if (link.Kind == LinkKinds.Mentions)
            {
                mentions.Add(link);
            }
        }

        return mentions;
    }

    /// <summary>
    /// The newest model summary (<c>roots summarize</c>) of each item's current text, as <c>roots show</c>
    /// uses it: the items that have any are found in one whole-table read where the store allows it,
    /// then looked up one by one (a summary of an older version does not count).
    /// </summary>
    private async Task<Dictionary<long, string>> ModelSummariesAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        var summarised = new HashSet<long>();
        if (transfer is not null)
        {
            var table = TransferSchema.Tables.Single(t => t.Name == "model_summaries");
            int column = table.Columns.Select((c, i) => (c, i)).Single(p => p.c.Name == "item_id").i;
            await foreach (var row in transfer.ReadRowsAsync(table, cancellationToken).ConfigureAwait(false))
            {
                if (row[column] is long id)
                {
                    summarised.Add(id);
                }
            }
        }
        else
        {
            summarised.UnionWith(items.Select(i => i.Id));
        }

        var byItem = new Dictionary<long, string>();
        foreach (var item in items.Where(i => summarised.Contains(i.Id)))
        {
            if (await ModelSummaryAsync(item, cancellationToken).ConfigureAwait(false) is { } summary)
            {
                byItem[item.Id] = summary;
            }
        }

        return byItem;
    }

    /// <summary>The newest model summary of <paramref name="item"/>'s current text, or null.</summary>
    private async Task<string?> ModelSummaryAsync(Item item, CancellationToken cancellationToken)
    {
        var versions = await itemStore.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        return versions.FirstOrDefault(v => v.Number == item.CurrentVersion) is { } current
            && await summaries.LatestModelSummaryAsync(item.Id, current.Sha256, cancellationToken).ConfigureAwait(false) is { } byModel
            && !string.IsNullOrWhiteSpace(byModel.Summary)
            ? byModel.Summary.Trim()
            : null;
    }

    /// <summary>Every item's category: one whole-table read where the store allows it, else one query per item.</summary>
    private async Task<Dictionary<long, string>> CategoriesAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
    {
        var categories = new Dictionary<long, string>();
        if (transfer is not null)
        {
            var table = TransferSchema.Tables.Single(t => t.Name == "categories");
            int item = Column(table, "item_id"), category = Column(table, "category");
            await foreach (var row in transfer.ReadRowsAsync(table, cancellationToken).ConfigureAwait(false))
            {
                if (row[item] is long id && row[category] is string name)
                {
                    categories[id] = name;
                }
            }

            return categories;
        }

        foreach (var each in items)
        {
            if (await tags.GetCategoryAsync(each.Id, cancellationToken).ConfigureAwait(false) is { } found)
            {
                categories[each.Id] = found.Category;
            }
        }

        return categories;

        static int Column(TransferTable table, string name) => table.Columns.Select((c, i) => (c, i)).Single(p => p.c.Name == name).i;
    }

    /// <summary>The full texts bought by <c>roots translate --body</c> for the site's languages (see <see cref="TranslatedBodies"/>).</summary>
    internal Task<Dictionary<(long ItemId, string Language), string>> TranslatedBodiesAsync(
        IReadOnlyList<ItemFacts> versions, IReadOnlyList<string> languages, CancellationToken cancellationToken) =>
        TranslatedBodies.FindAsync(versions, languages, paragraphs, TextAsync, cancellationToken);

    /// <summary>One item's current text (empty when it has none), for a page about to be rendered.</summary>
    public async Task<string> TextAsync(long id, CancellationToken cancellationToken) =>
        await itemStore.GetTextAsync(id, null, cancellationToken).ConfigureAwait(false) ?? "";
}
