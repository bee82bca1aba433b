using Roots.App.UseCases;
using Roots.Core.Analysis;
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
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(
        string query,
        ItemFilter filter,
        bool snippets = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        var terms = TextAnalyzer.Terms(query, Config.Analysis.Chinese);
        if (terms.Count == 0)
        {
            return [];
        }

        var hits = await _store.SearchAsync(new SearchRequest(terms, filter, Config.Search.TitleWeight), cancellationToken).ConfigureAwait(false);
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
}
