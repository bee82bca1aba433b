using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <remarks>
/// Document frequencies and totals live in striped counters (<c>term_df</c>, <c>search_stats</c>, keyed by
/// <c>slot = pg_backend_pid() % 16</c>) and are summed when read: concurrent writers add to different rows,
/// so they do not queue behind one hot counter, and a read costs one index probe per term and slot.
/// </remarks>
public sealed partial class PostgresStore : ITermStatistics
{
    /// <summary>How many counter rows each statistic is spread over.</summary>
    private const int StatisticSlots = 16;

    /// <inheritdoc />
    public async ValueTask<long> DocumentCountAsync(CancellationToken cancellationToken = default) =>
        (await TotalsAsync(null, cancellationToken).ConfigureAwait(false)).Documents;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, long>> DocumentFrequenciesAsync(
        IReadOnlyCollection<string> terms,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var frequencies = await FrequenciesAsync(terms.Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        return terms.Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => frequencies.GetValueOrDefault(t), StringComparer.Ordinal);
    }

    private async ValueTask<Dictionary<string, long>> FrequenciesAsync(string[] terms, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null)
    {
        await using var command = Command("SELECT term, sum(df)::bigint FROM term_df WHERE term = ANY(@terms) GROUP BY term", transaction, ("terms", terms));
        var rows = await ListAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    private async ValueTask<(long Documents, long Tokens)> TotalsAsync(NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT coalesce(sum(docs), 0)::bigint, coalesce(sum(tokens), 0)::bigint FROM search_stats", transaction);
        var rows = await ListAsync(command, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <summary>
    /// Removes an item's index row and postings (when <paramref name="replace"/>) and writes the new ones, counting both in
    /// <paramref name="delta"/>; marks the item dirty, so searches stop trusting its packed postings (see <see cref="PackSearchAsync"/>).
    /// </summary>
    private async ValueTask IndexDocAsync(NpgsqlTransaction tx, long id, DocTerms doc, bool replace, double referenceLength, IndexDelta delta, CancellationToken ct)
    {
        if (replace)
        {
            await using var delete = Command("DELETE FROM search_docs WHERE item_id = @id RETURNING terms, len, nkeys", tx, ("id", id));
            var old = await ListAsync(delete, r => (r.GetFieldValue<string[]>(0), r.GetInt32(1), r.GetFieldValue<float[]>(2)), ct).ConfigureAwait(false);
            foreach (var (terms, length, keys) in old)
            {
                delta.Add(terms, length, -1);
                await ExecuteAsync(
                    """
                    DELETE FROM search_postings p USING unnest(@terms::text[], @keys::real[]) AS u(t, k)
                    WHERE p.term = u.t AND p.nkey = u.k AND p.item_id = @id
                    """, tx, ct, ("id", id), ("terms", terms), ("keys", keys)).ConfigureAwait(false);
            }
        }

        float[] nkeys = doc.NegativeKeys(referenceLength);
        await ExecuteAsync(
            """
            WITH d AS (INSERT INTO search_docs (item_id, terms, title_tf, body_tf, len, nkeys) VALUES (@id, @terms, @title, @body, @len, @keys)),
                 x AS (INSERT INTO search_dirty (item_id) VALUES (@id) ON CONFLICT (item_id) DO NOTHING)
            INSERT INTO search_postings (item_id, nkey, title_tf, body_tf, len, term)
            SELECT @id, u.k, u.t, u.b, @len, u.term FROM unnest(@terms::text[], @keys::real[], @title::integer[], @body::integer[]) AS u(term, k, t, b)
            """, tx, ct,
            ("id", id), ("terms", doc.Terms), ("title", doc.TitleTf), ("body", doc.BodyTf), ("len", doc.Length), ("keys", nkeys)).ConfigureAwait(false);
        delta.Add(doc.Terms, doc.Length, 1);
    }

    /// <summary>
    /// The reference average length A0 the postings keys are computed with: fixed once (by the first writer, from
    /// <paramref name="proposal"/>) until a rebuild, so every key in the index uses the same A0.
    /// </summary>
    private async ValueTask<double> ReferenceLengthAsync(NpgsqlTransaction tx, double proposal, CancellationToken ct)
    {
        if (await ScalarAsync("SELECT avgdl FROM search_reference WHERE id = 1", tx, ct).ConfigureAwait(false) is double known)
        {
            return known;
        }

        await ExecuteAsync("INSERT INTO search_reference (id, avgdl) VALUES (1, @a) ON CONFLICT (id) DO NOTHING", tx, ct,
            ("a", Math.Max(1.0, proposal))).ConfigureAwait(false);
        return (double)(await ScalarAsync("SELECT avgdl FROM search_reference WHERE id = 1", tx, ct).ConfigureAwait(false))!;
    }

    /// <summary>Adds a transaction's changes to this backend's counter slot, terms in sorted order so writers never deadlock.</summary>
    private async ValueTask ApplyIndexDeltaAsync(IndexDelta delta, NpgsqlTransaction tx, CancellationToken ct)
    {
        var (terms, changes) = delta.Sorted();
        if (terms.Length > 0)
        {
            await ExecuteAsync(
                $"""
                INSERT INTO term_df (term, slot, df) SELECT t, pg_backend_pid() % {StatisticSlots}, d
                FROM unnest(@terms::text[], @changes::bigint[]) AS u(t, d)
                ON CONFLICT (term, slot) DO UPDATE SET df = term_df.df + excluded.df
                """, tx, ct, ("terms", terms), ("changes", changes)).ConfigureAwait(false);
        }

        if (delta.Documents != 0 || delta.Tokens != 0)
        {
            await ExecuteAsync(
                $"""
                INSERT INTO search_stats (slot, docs, tokens) VALUES (pg_backend_pid() % {StatisticSlots}, @docs, @tokens)
                ON CONFLICT (slot) DO UPDATE SET docs = search_stats.docs + excluded.docs, tokens = search_stats.tokens + excluded.tokens
                """, tx, ct, ("docs", delta.Documents), ("tokens", delta.Tokens)).ConfigureAwait(false);
        }
    }
}
