using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>Items matching <paramref name="filter"/>, most recently collected first.</summary>
    public ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        _store.ListAsync(filter, cancellationToken);

    /// <summary>How many items match <paramref name="filter"/>, its limit and offset aside ("20 of 36").</summary>
    public ValueTask<long> CountAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        _store.CountMatchingAsync(filter, cancellationToken);

    /// <summary>
    /// One item with its versions, text and archive location. <paramref name="id"/> is the item number,
    /// or an external id (an import's <c>_id</c>) when no item has that number.
    /// </summary>
    public async Task<ItemDetails?> ShowAsync(string id, CancellationToken cancellationToken = default)
    {
        var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var versions = await _store.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await _store.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var current = versions.First(v => v.Number == item.CurrentVersion);
        // A model's summary of this very text (roots summarize) beats the extractive one; provenance says which.
        var summary = await _store.LatestModelSummaryAsync(item.Id, current.Sha256, cancellationToken).ConfigureAwait(false) is { } byModel
            ? new DerivedText(byModel.Summary, "model:" + byModel.Model)
            : new DerivedText(ExtractiveSummarizer.Summarize(text, item.Language), ExtractiveSummarizer.Provenance);
        var keywords = await KeywordsAsync(item.Title + "\n" + text, cancellationToken).ConfigureAwait(false);
        var identifiers = await _store.GetIdentifiersAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var (tagDetails, category) = await TagDetailsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var links = await LinksOfAsync(item.Id, cancellationToken).ConfigureAwait(false);
        return new ItemDetails(item, versions, text, fields, _archive.PathOf(current.Sha256), summary, keywords,
            identifiers.Select(i => $"{i.Kind}:{i.Value}").ToList())
        {
            TagDetails = tagDetails,
            Category = category,
            Mentions = links.Mentions,
            Backlinks = links.Backlinks,
            Translations = [.. (await TranslationsOfAsync(item.Id, item.Title, text, cancellationToken).ConfigureAwait(false))
                .Select(t => new TranslationDetail(t.Translation.Language, t.Translation.Title, t.Translation.Summary, t.Translation.Keywords, t.Translation.By, t.Current))],
            Related = await RelatedAsync(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ShownRelated, cancellationToken).ConfigureAwait(false) ?? [],
        };
    }

    /// <summary>How many related items <c>roots show</c> lists.</summary>
    private const int ShownRelated = 5;

    /// <summary>The top keywords of a text, TF-IDF against this library.</summary>
    public async Task<IReadOnlyList<Keyword>> KeywordsAsync(string text, CancellationToken cancellationToken = default)
    {
        var candidates = KeywordCandidates.Of(text);
        long documents = await _store.DocumentCountAsync(cancellationToken).ConfigureAwait(false);
        var frequencies = await _store.DocumentFrequenciesAsync(candidates.Terms.Keys.ToList(), cancellationToken).ConfigureAwait(false);
        return KeywordExtractor.Rank(candidates, documents, frequencies);
    }

    /// <summary>The number of items in the library.</summary>
    public ValueTask<long> CountAsync(CancellationToken cancellationToken = default) => Store.CountAsync(cancellationToken);
}
