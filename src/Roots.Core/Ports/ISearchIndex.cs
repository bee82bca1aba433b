using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// The full-text index over items: a projection of the store, rebuilt from it by
/// <see cref="RebuildAsync"/>. Terms come from <see cref="Analysis.TextAnalyzer"/> at both index
/// and query time.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Ranks items by BM25 over title (boosted) and body for the analysed query terms.</summary>
    ValueTask<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Re-analyses every item's current text and replaces the index; returns the number of items indexed.</summary>
    ValueTask<long> RebuildAsync(Func<string, string, (string TitleTerms, string BodyTerms)> analyze, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The number of items the index holds, to check it against the store.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);
}
