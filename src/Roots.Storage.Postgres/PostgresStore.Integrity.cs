namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <inheritdoc />
    /// <remarks>
    /// A cheap sanity check (PostgreSQL checks its own pages; this checks what Roots keeps consistent):
    /// the schema is this build's; every item has a search document and every document an item; the
    /// striped totals (documents, tokens) equal the documents' own; no item lacks its current version;
    /// no term has a negative document frequency. Costs a few scans of the index tables, not of the texts.
    /// </remarks>
    public async ValueTask<string?> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        int version = Schema.VersionOf(_connection);
        if (version != Schema.Latest)
        {
            problems.Add($"schema version {version}, this roots needs {Schema.Latest}");
        }

        await using var command = Command(
            """
            SELECT (SELECT count(*) FROM items),
                   (SELECT count(*) FROM search_docs),
                   (SELECT count(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.item_id = i.id)),
                   (SELECT coalesce(sum(len), 0)::bigint FROM search_docs),
                   (SELECT coalesce(sum(docs), 0)::bigint FROM search_stats),
                   (SELECT coalesce(sum(tokens), 0)::bigint FROM search_stats),
                   (SELECT count(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.item_id = i.id AND v.number = i.current_version)),
                   (SELECT count(*) FROM (SELECT term FROM term_df GROUP BY term HAVING sum(df) < 0) t)
            """);
        var rows = await ListAsync(command, r => Enumerable.Range(0, 8).Select(r.GetInt64).ToArray(), cancellationToken).ConfigureAwait(false);
        long[] n = rows[0];
        if (n[0] != n[1] || n[2] != 0)
        {
            problems.Add($"{n[0]} items but {n[1]} search documents ({n[2]} items unindexed): run roots reindex");
        }

        if (n[4] != n[1] || n[5] != n[3])
        {
            problems.Add($"search statistics say {n[4]} documents and {n[5]} tokens, the index holds {n[1]} and {n[3]}: run roots reindex");
        }

        if (n[6] != 0)
        {
            problems.Add($"{n[6]} items lack their current version");
        }

        if (n[7] != 0)
        {
            problems.Add($"{n[7]} terms have a negative document frequency: run roots reindex");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
