namespace Roots.Core.Ports;

/// <summary>How common index terms are in the library: the document frequencies TF-IDF needs.</summary>
public interface ITermStatistics
{
    /// <summary>The number of documents in the index.</summary>
    ValueTask<long> DocumentCountAsync(CancellationToken cancellationToken = default);

    /// <summary>The number of documents containing each term (analysed form); unknown terms are 0.</summary>
    ValueTask<IReadOnlyDictionary<string, long>> DocumentFrequenciesAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default);
}
