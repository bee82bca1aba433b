using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Items;

/// <summary>The top keywords of a text, TF-IDF against this library (<c>roots show</c>, export, translation).</summary>
/// <param name="statistics">The document frequencies of the library's terms.</param>
public sealed class KeywordRanker(ITermStatistics statistics)
{
    /// <summary>The top keywords of <paramref name="text"/>, ranked by TF-IDF against this library.</summary>
    public async Task<IReadOnlyList<Keyword>> KeywordsAsync(string text, CancellationToken cancellationToken = default)
    {
        var candidates = KeywordCandidates.Of(text);
        long documents = await statistics.DocumentCountAsync(cancellationToken).ConfigureAwait(false);
        var frequencies = await statistics.DocumentFrequenciesAsync(candidates.Terms.Keys.ToList(), cancellationToken).ConfigureAwait(false);
        return KeywordExtractor.Rank(candidates, documents, frequencies);
    }
}
