using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : ITermStatistics
{
    /// <inheritdoc />
    public ValueTask<long> DocumentCountAsync(CancellationToken cancellationToken = default) =>
        ((ISearchIndex)this).CountAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, long>> DocumentFrequenciesAsync(
        IReadOnlyCollection<string> terms,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        // One equality lookup per term: fts5vocab seeks a term in the index, but scans it all for IN lists.
        using var command = Command("SELECT doc FROM fts_vocab WHERE term = $term");
        var parameter = command.Parameters.Add("$term", Microsoft.Data.Sqlite.SqliteType.Text);
        var frequencies = new Dictionary<string, long>(terms.Count, StringComparer.Ordinal);
        foreach (string term in terms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parameter.Value = term;
            frequencies[term] = command.ExecuteScalar() is long df ? df : 0;
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, long>>(frequencies);
    }
}
