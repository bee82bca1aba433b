using Roots.App.UseCases;
using Roots.Core.Ports;
using Roots.Core.Understanding;
using Roots.Core.Vectors;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>Words of the item that make the lexical half of "related": few enough to stay fast, enough to be specific.</summary>
    private const int RelatedQueryTerms = 8;

    /// <summary>How deep each half of "related" looks before fusion.</summary>
    private const int RelatedDepth = 50;

    /// <summary>
    /// Items like <paramref name="id"/>: reciprocal rank fusion of the items sharing its most
    /// characteristic words (BM25 over its top keywords) and the items closest in meaning (its
    /// passages' centroid against every item's vectors). Without vectors, words alone decide.
    /// </summary>
    public async Task<IReadOnlyList<RelatedItem>?> RelatedAsync(string id, int limit = 10, CancellationToken cancellationToken = default)
    {
        var item = await FindItemAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        // The item's most frequent content words: BM25 weighs them by rarity itself, so the
        // per-term document frequencies keyword extraction reads (costly on a large index) are not needed.
        var terms = KeywordCandidates.Of(item.Title + "\n" + text).Terms
            .OrderByDescending(t => t.Value.Count).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(RelatedQueryTerms).Select(t => t.Key).ToList();
        var filter = ItemFilter.None with { Limit = RelatedDepth + 1 };
        var lexical = terms.Count == 0
            ? []
            : (await _store.SearchAsync(new SearchRequest(terms, filter, Config.Search.TitleWeight), cancellationToken).ConfigureAwait(false))
                .Select(h => h.ItemId).Where(other => other != item.Id).ToList();

        var matrix = await VectorsAsync(cancellationToken).ConfigureAwait(false);
        // Vectors of text the model cannot read would relate items by noise.
        var semantic = Config.Embeddings.Understands(item.Language) && matrix.ItemCentroid(item.Id) is { } centroid
            ? matrix.Nearest(centroid, RelatedDepth + 1, parallelism: Environment.ProcessorCount).Select(n => n.ItemId).Where(other => other != item.Id).ToList()
            : [];

        if (semantic.Count > 0)
        {
            var readable = (await _store.GetManyAsync(semantic, cancellationToken).ConfigureAwait(false))
                .Where(i => Config.Embeddings.Understands(i.Language)).Select(i => i.Id).ToHashSet();
            semantic = semantic.Where(readable.Contains).ToList();
        }

        var fused = ReciprocalRankFusion.Fuse([(lexical, 1.0), (semantic, 1.0)]).Take(limit).ToList();
        var items = await _store.GetManyAsync(fused.Select(f => f.ItemId).ToList(), cancellationToken).ConfigureAwait(false);
        var lexicalSet = lexical.ToHashSet();
        var semanticSet = semantic.ToHashSet();
        return items.Select((related, i) => new RelatedItem(related, fused[i].Score,
            lexicalSet.Contains(related.Id) && semanticSet.Contains(related.Id) ? "words+meaning"
            : lexicalSet.Contains(related.Id) ? "words" : "meaning")).ToList();
    }
}
