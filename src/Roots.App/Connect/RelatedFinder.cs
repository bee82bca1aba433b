using Roots.App.Configuration;
using Roots.App.CrossLingual;
using Roots.App.Items;
using Roots.App.UseCases;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Core.Vectors;

namespace Roots.App.Connect;

/// <summary><c>roots related</c>: the items like one item, by its words and by its meaning.</summary>
/// <param name="items">The items and their texts.</param>
/// <param name="index">The full-text index.</param>
/// <param name="config">The library's configuration (search weights, the embedding model's languages).</param>
/// <param name="lookup">Resolves a user's id.</param>
/// <param name="vectors">Loads the library's vectors (empty without any).</param>
public sealed class RelatedFinder(
    IItemStore items,
    ISearchIndex index,
    LibraryConfig config,
    ItemLookup lookup,
    Func<CancellationToken, Task<VectorMatrix>> vectors)
{
    /// <summary>Words of the item that make the lexical half of "related": few enough to stay fast, enough to be specific.</summary>
    private const int RelatedQueryTerms = 8;

    /// <summary>How deep each half of "related" looks before fusion.</summary>
    private const int RelatedDepth = 50;

    /// <summary>How much of an item's text is translated for the cross-lingual half: its opening says what it is about.</summary>
    private const int TranslatedChars = 4000;

    /// <summary>The item's words translated zh↔en (see <see cref="CrossLingualQuery"/>).</summary>
    private readonly CrossLingualQuery _crossLingual = new(index, config);

    /// <summary>
    /// Items like <paramref name="id"/>: reciprocal rank fusion of the items sharing its most
    /// characteristic words (BM25 over its top keywords) and the items closest in meaning (its
    /// passages' centroid against every item's vectors). Without vectors, words alone decide. With
    /// <c>search.cross_lingual</c> on, a third ranking finds the other-language version of the item:
    /// its title and opening translated word by word (CC-CEDICT) and searched in the same index.
    /// </summary>
    /// <returns>The related items, best first; null when there is no item <paramref name="id"/>.</returns>
    public async Task<IReadOnlyList<RelatedItem>?> RelatedAsync(string id, int limit = 10, CancellationToken cancellationToken = default)
    {
        var item = await lookup.FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        string text = await items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        // The item's most frequent content words: BM25 weighs them by rarity itself, so the
        // per-term document frequencies keyword extraction reads (costly on a large index) are not needed.
        var terms = KeywordCandidates.Of(item.Title + "\n" + text).Terms
            .OrderByDescending(t => t.Value.Count).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(RelatedQueryTerms).Select(t => t.Key).ToList();
        var filter = ItemFilter.None with { Limit = RelatedDepth + 1 };
        var lexical = terms.Count == 0
            ? []
            : (await index.SearchAsync(new SearchRequest(terms, filter, config.Search.TitleWeight), cancellationToken).ConfigureAwait(false))
                .Select(h => h.ItemId).Where(other => other != item.Id).ToList();

        var matrix = await vectors(cancellationToken).ConfigureAwait(false);
        // Vectors of text the model cannot read would relate items by noise.
        var semantic = config.Embeddings.Understands(item.Language) && matrix.ItemCentroid(item.Id) is { } centroid
            ? matrix.Nearest(centroid, RelatedDepth + 1, parallelism: Environment.ProcessorCount).Select(n => n.ItemId).Where(other => other != item.Id).ToList()
            : [];

        if (semantic.Count > 0)
        {
            var readable = (await items.GetManyAsync(semantic, cancellationToken).ConfigureAwait(false))
                .Where(i => config.Embeddings.Understands(i.Language)).Select(i => i.Id).ToHashSet();
            semantic = semantic.Where(readable.Contains).ToList();
        }

        var translated = _crossLingual.Translate(item.Title + "\n" + text[..Math.Min(text.Length, TranslatedChars)]);
        var otherLanguage = (await _crossLingual.RankAsync(translated, item.Language, filter, cancellationToken).ConfigureAwait(false))
            .Where(other => other != item.Id).Take(RelatedDepth).ToList();

        var fused = ReciprocalRankFusion.Fuse([(lexical, 1.0), (semantic, 1.0), (otherLanguage, 1.0)]).Take(limit).ToList();
        var found = await items.GetManyAsync(fused.Select(f => f.ItemId).ToList(), cancellationToken).ConfigureAwait(false);
        var lexicalSet = lexical.ToHashSet();
        var semanticSet = semantic.ToHashSet();
        return found.Select((other, i) => new RelatedItem(other, fused[i].Score,
            lexicalSet.Contains(other.Id) && semanticSet.Contains(other.Id) ? "words+meaning"
            : lexicalSet.Contains(other.Id) ? "words"
            : semanticSet.Contains(other.Id) ? "meaning" : "translated words")).ToList();
    }
}
