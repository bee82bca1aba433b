using Roots.App.Configuration;
using Roots.App.CrossLingual;
using Roots.App.UseCases;
using Roots.Core.Analysis;
using Roots.Core.Identifiers;
using Roots.Core.Ports;
using Roots.Core.Search;
using Roots.Core.Vectors;

namespace Roots.App.Find;

/// <summary>
/// <c>roots search</c>: BM25 over the analysed terms, the nearest vectors, or both fused; an identifier
/// query (<c>doi:…</c>) finds the items carrying it.
/// </summary>
/// <param name="items">The items and their texts.</param>
/// <param name="index">The full-text index.</param>
/// <param name="identifiers">The identifier index.</param>
/// <param name="vectorIndex">The vector index, for the filter's matching ids.</param>
/// <param name="config">The library's configuration (analysis, search weights, the embedding model's languages).</param>
/// <param name="vectors">Loads the library's vectors (empty without any).</param>
/// <param name="embedQuery">Embeds a query, unit length.</param>
public sealed class Searcher(
    IItemStore items,
    ISearchIndex index,
    IIdentifierIndex identifiers,
    IVectorIndex vectorIndex,
    LibraryConfig config,
    Func<CancellationToken, Task<VectorMatrix>> vectors,
    Func<string, CancellationToken, Task<float[]>> embedQuery)
{
    /// <summary>How deep each ranking goes before fusion: deep enough that fusion can lift a good item from rank 100.</summary>
    private const int FusionDepth = 100;

    /// <summary>The query translated zh↔en and ranked too (see <see cref="CrossLingualQuery"/>).</summary>
    private readonly CrossLingualQuery _crossLingual = new(index, config);

    /// <summary>Item ids by language, for each matrix loaded (see <see cref="MatchingIdsAsync"/>).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<VectorMatrix, System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<long>>> _idsByLanguage = [];

    /// <summary>
    /// Ranks items for <paramref name="query"/> with BM25 (title boosted) over the analysed terms;
    /// any term may match, more and rarer matches rank higher.
    /// </summary>
    /// <param name="query">What the user typed, in any language.</param>
    /// <param name="filter">Tag, language, kind and date conditions, and paging.</param>
    /// <param name="snippets">Whether to build highlighted snippets (a little slower).</param>
    /// <param name="mode">Lexical, semantic, hybrid, or auto (hybrid once vectors exist).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(
        string query,
        ItemFilter filter,
        bool snippets = true,
        SearchMode mode = SearchMode.Auto,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        if (IdentifierQuery.TryParse(query.Trim(), out var identifier))
        {
            return await FindByIdentifierAsync(identifier, filter, cancellationToken).ConfigureAwait(false);
        }

        // Ranked by its terms and its single Han characters (which match titles' characters); snippets
        // mark its terms only, as scattered single characters would mark half a Chinese passage.
        var marked = TextAnalyzer.Terms(query, config.Analysis.Chinese);
        var terms = TextAnalyzer.WithCharacters(marked, query);
        if (terms.Count == 0 && mode is not SearchMode.Semantic)
        {
            return [];
        }

        mode = await EffectiveModeAsync(mode, cancellationToken).ConfigureAwait(false);
        var hits = mode switch
        {
            SearchMode.Lexical => await _crossLingual.LexicalAsync(query, terms, filter, Depth(filter), cancellationToken).ConfigureAwait(false),
            SearchMode.Semantic => Page(await SemanticRankAsync(query, filter, Depth(filter), await FloorAsync(terms, filter, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false), filter),
            _ => Page(await HybridRankAsync(query, terms, filter, cancellationToken).ConfigureAwait(false), filter),
        };
        var found = await items.GetManyAsync(hits.Select(h => h.ItemId).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<SearchResult>(hits.Count);
        for (int i = 0; i < hits.Count && i < found.Count; i++)
        {
            Snippet? snippet = null;
            if (snippets)
            {
                string text = await items.GetTextAsync(found[i].Id, null, cancellationToken).ConfigureAwait(false) ?? "";
                snippet = SnippetBuilder.Build(text, marked);
            }

            results.Add(new SearchResult(found[i], hits[i].Score, snippet));
        }

        return results;
    }

    /// <summary>
    /// The mode a search will really use: <see cref="SearchMode.Auto"/> becomes hybrid once the
    /// library has vectors and lexical before; semantic and hybrid without vectors fall back to lexical.
    /// </summary>
    public async Task<SearchMode> EffectiveModeAsync(SearchMode requested, CancellationToken cancellationToken = default)
    {
        if (requested == SearchMode.Lexical)
        {
            return requested;
        }

        var matrix = await vectors(cancellationToken).ConfigureAwait(false);
        if (matrix.Rows == 0)
        {
            return SearchMode.Lexical;
        }

        return requested == SearchMode.Auto ? SearchMode.Hybrid : requested;
    }

    /// <summary>"doi:10.5281/…", "issn:3083-5178" …: the items carrying that identifier, exact matches only.</summary>
    private async Task<IReadOnlyList<SearchResult>> FindByIdentifierAsync(Identifier identifier, ItemFilter filter, CancellationToken cancellationToken)
    {
        var ids = await identifiers.FindByIdentifierAsync(identifier, cancellationToken).ConfigureAwait(false);
        var found = await items.GetManyAsync(ids.Skip(filter.Offset).Take(filter.Limit).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<SearchResult>(found.Count);
        foreach (var item in found)
        {
            string text = await items.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
            var snippet = SnippetBuilder.Build(text, TextAnalyzer.Terms(identifier.Value, config.Analysis.Chinese));
            results.Add(new SearchResult(item, 1.0, snippet));
        }

        return results;
    }

    private static int Depth(ItemFilter filter) => Math.Max(FusionDepth, filter.Offset + filter.Limit);

    private static IReadOnlyList<SearchHit> Page(IReadOnlyList<(long ItemId, double Score)> ranked, ItemFilter filter) =>
        ranked.Skip(filter.Offset).Take(filter.Limit).Select(r => new SearchHit(r.ItemId, r.Score)).ToList();

    /// <summary>
    /// The least cosine a vector neighbour needs to count (honest ranking, bench/README.md "Honest ranking"):
    /// <see cref="EmbeddingSettings.EffectiveMinSimilarity"/>, raised by <see cref="EmbeddingSettings.MeaningOnlyMargin"/>
    /// when no word of the query occurs in any item, where only a clear match of meaning is one.
    /// </summary>
    private async Task<double> FloorAsync(IReadOnlyList<string> terms, ItemFilter filter, CancellationToken cancellationToken)
    {
        bool wordsMatch = terms.Count > 0
            && (await index.SearchAsync(new SearchRequest(terms, filter with { Offset = 0, Limit = 1 }, config.Search.TitleWeight), cancellationToken).ConfigureAwait(false)).Count > 0;
        return Floor(wordsMatch);
    }

    private double Floor(bool wordsMatch) =>
        config.Embeddings.EffectiveMinSimilarity + (wordsMatch ? 0 : EmbeddingSettings.MeaningOnlyMargin);

    private async Task<IReadOnlyList<(long ItemId, double Score)>> SemanticRankAsync(string query, ItemFilter filter, int depth, double floor, CancellationToken cancellationToken)
    {
        var matrix = await vectors(cancellationToken).ConfigureAwait(false);
        if (matrix.Rows == 0)
        {
            return [];
        }

        var vector = await embedQuery(query, cancellationToken).ConfigureAwait(false);
        Func<long, bool>? allow = null;
        if (HasConditions(filter))
        {
            var ids = await MatchingIdsAsync(matrix, filter, cancellationToken).ConfigureAwait(false);
            allow = ids.Contains;
        }

        // Honest ranking: a neighbour below the floor is no match, however near it is of the rest.
        return matrix.Nearest(vector, depth, allow, Environment.ProcessorCount)
            .Where(n => n.Score >= floor)
            .Select(n => (n.ItemId, (double)n.Score)).ToList();
    }

    private async Task<IReadOnlyList<(long ItemId, double Score)>> HybridRankAsync(string query, IReadOnlyList<string> terms, ItemFilter filter, CancellationToken cancellationToken)
    {
        int depth = Depth(filter);
        var deep = filter with { Offset = 0, Limit = depth };
        var lexical = terms.Count == 0
            ? []
            : await index.SearchAsync(new SearchRequest(terms, deep, config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
        bool readable = config.Embeddings.Understands(LanguageDetector.Detect(query));
        double floor = Floor(wordsMatch: lexical.Count > 0);
        if (!readable)
        {
            // The model cannot read this query's language: its ranking would only push good lexical results down.
            return await CrossLingualAsync(ReciprocalRankFusion.Fuse([(lexical.Select(h => h.ItemId).ToList(), 1.0)])).ConfigureAwait(false);
        }

        var semantic = await SemanticRankAsync(query, filter, depth, floor, cancellationToken).ConfigureAwait(false);
        return await CrossLingualAsync(ReciprocalRankFusion.Fuse(
        [
            (lexical.Select(h => h.ItemId).ToList(), 1.0),
            (semantic.Select(h => h.ItemId).ToList(), 1.0),
        ])).ConfigureAwait(false);

        // The query translated zh↔en, and for a query the model cannot read its English gloss embedded, merged below.
        Task<IReadOnlyList<(long ItemId, double Score)>> CrossLingualAsync(IReadOnlyList<(long ItemId, double Score)> fused) =>
            _crossLingual.HybridAsync(query, fused, deep, readable, (english, within) => SemanticRankAsync(english, within, depth, floor, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The ids matching <paramref name="filter"/>. A filter on the language alone (what every cross-lingual
    /// hybrid search uses) is answered once per loaded matrix: reading half of a 100,000-item library's ids
    /// for each query cost more than the scan it restricts. It cannot go stale for the scan: an item's
    /// language changes only with a new version, whose new vectors load a new matrix.
    /// </summary>
    private async ValueTask<IReadOnlySet<long>> MatchingIdsAsync(VectorMatrix matrix, ItemFilter filter, CancellationToken cancellationToken)
    {
        bool languageOnly = filter.Language is { Length: > 0 } && filter.Tags is not { Count: > 0 } && filter.Kind is not { Length: > 0 }
            && filter.Since is null && filter.Category is not { Length: > 0 };
        if (!languageOnly)
        {
            return await vectorIndex.MatchingIdsAsync(filter, cancellationToken).ConfigureAwait(false);
        }

        var byLanguage = _idsByLanguage.GetOrCreateValue(matrix);
        if (byLanguage.TryGetValue(filter.Language!, out var cached))
        {
            return cached;
        }

        var ids = await vectorIndex.MatchingIdsAsync(filter, cancellationToken).ConfigureAwait(false);
        byLanguage[filter.Language!] = ids;
        return ids;
    }

    private static bool HasConditions(ItemFilter filter) =>
        filter.Tags is { Count: > 0 } || filter.Language is { Length: > 0 } || filter.Kind is { Length: > 0 } || filter.Since is not null
        || filter.Category is { Length: > 0 };
}
