using Roots.App.UseCases;
using Roots.Core.Ports;
using Roots.Core.Vectors;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>How deep each ranking goes before fusion: deep enough that fusion can lift a good item from rank 100.</summary>
    private const int FusionDepth = 100;

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

        var matrix = await VectorsAsync(cancellationToken).ConfigureAwait(false);
        if (matrix.Rows == 0)
        {
            return SearchMode.Lexical;
        }

        return requested == SearchMode.Auto ? SearchMode.Hybrid : requested;
    }

    private static int Depth(ItemFilter filter) => Math.Max(FusionDepth, filter.Offset + filter.Limit);

    private static IReadOnlyList<SearchHit> Page(IReadOnlyList<(long ItemId, double Score)> ranked, ItemFilter filter) =>
        ranked.Skip(filter.Offset).Take(filter.Limit).Select(r => new SearchHit(r.ItemId, r.Score)).ToList();

    private async Task<IReadOnlyList<(long ItemId, double Score)>> SemanticRankAsync(string query, ItemFilter filter, int depth, CancellationToken cancellationToken)
    {
        var matrix = await VectorsAsync(cancellationToken).ConfigureAwait(false);
        if (matrix.Rows == 0)
        {
            return [];
        }

        var vector = await EmbedQueryAsync(query, cancellationToken).ConfigureAwait(false);
        Func<long, bool>? allow = null;
        if (HasConditions(filter))
        {
            var ids = await _store.MatchingIdsAsync(filter, cancellationToken).ConfigureAwait(false);
            allow = ids.Contains;
        }

        return matrix.Nearest(vector, depth, allow, Environment.ProcessorCount)
            .Select(n => (n.ItemId, (double)n.Score)).ToList();
    }

    private async Task<IReadOnlyList<(long ItemId, double Score)>> HybridRankAsync(string query, IReadOnlyList<string> terms, ItemFilter filter, CancellationToken cancellationToken)
    {
        int depth = Depth(filter);
        var deep = filter with { Offset = 0, Limit = depth };
        var lexical = terms.Count == 0
            ? []
            : await _store.SearchAsync(new SearchRequest(terms, deep, Config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
        if (!Config.Embeddings.Understands(Core.Analysis.LanguageDetector.Detect(query)))
        {
            // The model cannot read this query's language: its ranking would only push good lexical results down.
            return ReciprocalRankFusion.Fuse([(lexical.Select(h => h.ItemId).ToList(), 1.0)]);
        }

        var semantic = await SemanticRankAsync(query, filter, depth, cancellationToken).ConfigureAwait(false);
        return ReciprocalRankFusion.Fuse(
        [
            (lexical.Select(h => h.ItemId).ToList(), 1.0),
            (semantic.Select(h => h.ItemId).ToList(), 1.0),
        ]);
    }

    private static bool HasConditions(ItemFilter filter) =>
        filter.Tags is { Count: > 0 } || filter.Language is { Length: > 0 } || filter.Kind is { Length: > 0 } || filter.Since is not null
        || filter.Category is { Length: > 0 };
}
