using Roots.App.Connect;
using Roots.App.Items;
using Roots.App.Organise;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Find;

/// <summary><c>roots list</c> and <c>roots show</c>: items by filter, and one item with everything known of it.</summary>
/// <param name="items">The items, their versions, texts and fields.</param>
/// <param name="identifiers">The identifier index.</param>
/// <param name="summaries">The models' summaries.</param>
/// <param name="archive">The archive of originals, for an original's path.</param>
/// <param name="lookup">Resolves a user's id.</param>
/// <param name="keywords">Ranks the item's keywords.</param>
/// <param name="tags">The item's tags and category.</param>
/// <param name="related">The related items.</param>
/// <param name="linksOf">An item's explicit links: what it mentions and what mentions it, its attachments and what it is attached to.</param>
/// <param name="translationsOf">An item's stored translations, each with whether it is current.</param>
public sealed class ItemReader(
    IItemStore items,
    IIdentifierIndex identifiers,
    IModelSummaryStore summaries,
    IArchive archive,
    ItemLookup lookup,
    KeywordRanker keywords,
    Tagger tags,
    RelatedFinder related,
    Func<long, CancellationToken, Task<ItemLinks>> linksOf,
    Func<long, string, string, CancellationToken, Task<IReadOnlyList<(ItemTranslation Translation, bool Current)>>> translationsOf)
{
    /// <summary>How many related items <c>roots show</c> lists.</summary>
    private const int ShownRelated = 5;

    /// <summary>Items matching <paramref name="filter"/>, most recently collected first.</summary>
    public ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        items.ListAsync(filter, cancellationToken);

    /// <summary>How many items match <paramref name="filter"/>, its limit and offset aside ("20 of 36").</summary>
    public ValueTask<long> CountAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        items.CountMatchingAsync(filter, cancellationToken);

    /// <summary>The number of items in the library.</summary>
    public ValueTask<long> CountAsync(CancellationToken cancellationToken = default) => items.CountAsync(cancellationToken);

    /// <summary>
    /// One item with its versions, text and archive location. <paramref name="id"/> is the item number,
    /// or an external id (an import's <c>_id</c>) when no item has that number.
    /// </summary>
    public async Task<ItemDetails?> ShowAsync(string id, CancellationToken cancellationToken = default)
    {
        var item = await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var versions = await items.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        string text = await items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await items.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var current = versions.First(v => v.Number == item.CurrentVersion);
        // The author's own abstract first, then a model's summary of this very text (roots summarize),
        // then the extractive one; provenance says which.
        var summary = AuthorFields.Abstract(fields) is { } byAuthor
            ? new DerivedText(byAuthor, AuthorFields.By)
            : await summaries.LatestModelSummaryAsync(item.Id, current.Sha256, cancellationToken).ConfigureAwait(false) is { } byModel
                ? new DerivedText(byModel.Summary, "model:" + byModel.Model)
                : new DerivedText(ExtractiveSummarizer.Summarize(text, item.Language), ExtractiveSummarizer.Provenance);
        var authorKeywords = AuthorFields.Keywords(fields);
        var ranked = authorKeywords.Count > 0 ? authorKeywords
            : await keywords.KeywordsAsync(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false);
        var known = await identifiers.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var (tagDetails, category) = await tags.TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var links = await linksOf(item.Id, cancellationToken).ConfigureAwait(false);
        return new ItemDetails(item, versions, text, fields, archive.PathOf(current.Sha256), summary, ranked,
            known.Select(i => $"{i.Kind}:{i.Value}").ToList())
        {
            KeywordsBy = authorKeywords.Count > 0 ? AuthorFields.By : KeywordExtractor.Provenance,
            TagDetails = tagDetails,
            Category = category,
            Mentions = links.Mentions,
            Backlinks = links.Backlinks,
            Attachments = links.Attachments,
            AttachmentOf = links.AttachmentOf,
            Translations = [.. AuthorVersion(fields), .. OtherItems(links.Versions), .. (await translationsOf(item.Id, item.Title, text, cancellationToken).ConfigureAwait(false))
                .Select(t => new TranslationDetail(t.Translation.Language, t.Translation.Title, t.Translation.Summary, t.Translation.Keywords, t.Translation.By, t.Current))],
            Related = await related.RelatedAsync(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ShownRelated, cancellationToken).ConfigureAwait(false) ?? [],
        };
    }

    /// <summary>Other items that are this text in another language, each shown as a translation by that item ("item 12").</summary>
    private static IEnumerable<TranslationDetail> OtherItems(IReadOnlyList<LinkedItem> versions) =>
        versions.Select(v => new TranslationDetail(v.Item.Language, v.Item.Title, "", [],
            "item " + v.Item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), true));

    /// <summary>The second language version the author wrote in the same file (the English half of a bilingual essay), as a translation by the author.</summary>
    private static IEnumerable<TranslationDetail> AuthorVersion(IReadOnlyDictionary<string, string> fields)
    {
        const string Second = Ingest.Stages.StatementsStage.SecondPrefix;
        if (fields.TryGetValue(Second + "language", out string? language) && fields.TryGetValue(Second + "title", out string? title))
        {
            yield return new TranslationDetail(language, title, AuthorFields.Abstract(fields, Second) ?? "",
                [.. AuthorFields.Keywords(fields, Second).Select(k => k.Display)], AuthorFields.By, true);
        }
    }
}
