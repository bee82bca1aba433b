using Npgsql;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>What a search reads before scoring (see <see cref="StartSearchAsync"/>).</summary>
    /// <param name="Documents">Documents in the index.</param>
    /// <param name="Tokens">Their tokens, in all.</param>
    /// <param name="Frequencies">The query terms' document frequencies (absent: 0).</param>
    /// <param name="ReferenceLength">The reference average length of the postings keys; null before anything was indexed.</param>
    /// <param name="Dirty">The items indexed since the last pack, up to <see cref="DirtyLimit"/> + 1; null when not asked for.</param>
    private sealed record SearchStart(long Documents, long Tokens, Dictionary<string, long> Frequencies, double? ReferenceLength, HashSet<long>? Dirty);

    /// <summary>
    /// Reads the totals, the terms' document frequencies, the reference length and (when <paramref name="dirty"/>) the
    /// dirty items in one batch: one round trip instead of four, which matters on a loaded machine, where every
    /// round trip waits for the server process to be scheduled.
    /// </summary>
    private async ValueTask<SearchStart> StartSearchAsync(NpgsqlTransaction transaction, string[] terms, bool dirty, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(_connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT coalesce(sum(docs), 0)::bigint, coalesce(sum(tokens), 0)::bigint FROM search_stats"));
        var frequencies = new NpgsqlBatchCommand("SELECT term, sum(df)::bigint FROM term_df WHERE term = ANY($1) GROUP BY term");
        frequencies.Parameters.Add(new NpgsqlParameter { Value = terms });
        batch.BatchCommands.Add(frequencies);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT avgdl FROM search_reference WHERE id = 1"));
        if (dirty)
        {
            var dirtyItems = new NpgsqlBatchCommand("SELECT item_id FROM search_dirty LIMIT $1");
            dirtyItems.Parameters.Add(new NpgsqlParameter { Value = DirtyLimit + 1 });
            batch.BatchCommands.Add(dirtyItems);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long documents = reader.GetInt64(0), tokens = reader.GetInt64(1);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var df = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            df[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        double? referenceLength = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetDouble(0) : null;
        HashSet<long>? items = null;
        if (dirty)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            items = [];
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(reader.GetInt64(0));
            }
        }

        return new SearchStart(documents, tokens, df, referenceLength, items);
    }
}
