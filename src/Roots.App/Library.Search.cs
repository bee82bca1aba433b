using Roots.App.UseCases;
using Roots.Core.Analysis;
using Roots.Core.Identifiers;
using Roots.Core.Ports;
using Roots.Core.Search;

namespace Roots.App;

public sealed partial class Library
{
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

        var terms = TextAnalyzer.Terms(query, Config.Analysis.Chinese);
        if (terms.Count == 0 && mode is not SearchMode.Semantic)
        {
            return [];
        }

        mode = await EffectiveModeAsync(mode, cancellationToken).ConfigureAwait(false);
        var hits = mode switch
        {
            SearchMode.Lexical => await _store.SearchAsync(new SearchRequest(terms, filter, Config.Search.TitleWeight), cancellationToken).ConfigureAwait(false),
            SearchMode.Semantic => Page(await SemanticRankAsync(query, filter, Depth(filter), cancellationToken).ConfigureAwait(false), filter),
            _ => Page(await HybridRankAsync(query, terms, filter, cancellationToken).ConfigureAwait(false), filter),
        };
        var items = await _store.GetManyAsync(hits.Select(h => h.ItemId).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<SearchResult>(hits.Count);
        for (int i = 0; i < hits.Count && i < items.Count; i++)
        {
            Snippet? snippet = null;
            if (snippets)
            {
                string text = await _store.GetTextAsync(items[i].Id, null, cancellationToken).ConfigureAwait(false) ?? "";
                snippet = SnippetBuilder.Build(text, terms);
            }

            results.Add(new SearchResult(items[i], hits[i].Score, snippet));
        }

        return results;
    }

    /// <summary>"doi:10.5281/…", "issn:3083-5178" …: the items carrying that identifier, exact matches only.</summary>
    private async Task<IReadOnlyList<SearchResult>> FindByIdentifierAsync(Identifier identifier, ItemFilter filter, CancellationToken cancellationToken)
    {
        var ids = await _store.FindByIdentifierAsync(identifier, cancellationToken).ConfigureAwait(false);
        var items = await _store.GetManyAsync(ids.Skip(filter.Offset).Take(filter.Limit).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<SearchResult>(items.Count);
        foreach (var item in items)
        {
            string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
            var snippet = SnippetBuilder.Build(text, TextAnalyzer.Terms(identifier.Value, Config.Analysis.Chinese));
            results.Add(new SearchResult(item, 1.0, snippet));
        }

        return results;
    }
}
