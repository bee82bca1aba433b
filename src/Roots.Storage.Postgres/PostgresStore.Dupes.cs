using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : ISimHashStore
{
    /// <summary>The most band-sharing candidates one item is compared with when it is kept (as in SQLite).</summary>
    public const int MaxSimHashCandidates = 256;

    /// <inheritdoc />
    public async ValueTask SaveSimHashesAsync(IReadOnlyList<(long ItemId, ulong Hash)> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (itemId, value) in hashes.OrderBy(h => h.ItemId))
        {
            await ExecuteAsync(
                """
                INSERT INTO simhashes (item_id, version, hash, b0, b1, b2, b3)
                SELECT id, current_version, @hash, @b0, @b1, @b2, @b3 FROM items WHERE id = @id
                ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, hash = excluded.hash,
                    b0 = excluded.b0, b1 = excluded.b1, b2 = excluded.b2, b3 = excluded.b3
                """, tx, cancellationToken,
                ("id", itemId), ("hash", unchecked((long)value)), ("b0", Band(value, 0)), ("b1", Band(value, 1)), ("b2", Band(value, 2)), ("b3", Band(value, 3)))
                .ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> SimHashCandidatesAsync(long itemId, ulong hash, CancellationToken cancellationToken = default)
    {
        // PostgreSQL answers the OR of indexed equalities with a BitmapOr of the four band indexes. The limit bounds a
        // cluster of thousands of near-identical notes, as in SQLite.
        await using var command = Command(
            $"SELECT item_id, hash FROM simhashes WHERE (b0 = @b0 OR b1 = @b1 OR b2 = @b2 OR b3 = @b3) AND item_id <> @id LIMIT {MaxSimHashCandidates}",
            null, ("id", itemId), ("b0", Band(hash, 0)), ("b1", Band(hash, 1)), ("b2", Band(hash, 2)), ("b3", Band(hash, 3)));
        return await ListAsync(command, ReadHash, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> AllSimHashesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT item_id, hash FROM simhashes ORDER BY item_id");
        return await ListAsync(command, ReadHash, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> ItemsWithoutSimHashAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            "SELECT i.id FROM items i LEFT JOIN simhashes s ON s.item_id = i.id WHERE s.item_id IS NULL OR s.version <> i.current_version ORDER BY i.id");
        return await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(string Evidence, IReadOnlyList<long> ItemIds)>> SameUrlOrDoiAsync(CancellationToken cancellationToken = default)
    {
        // The DOI an item carries as its own metadata (citation_doi, JSON-LD …), not every DOI its text cites.
        await using var command = Command(
            """
            SELECT evidence, ids FROM (
                SELECT 0 AS part, url AS k, 'same url ' || url AS evidence, array_agg(id ORDER BY id) AS ids
                FROM items WHERE url IS NOT NULL AND url <> '' GROUP BY url HAVING count(*) > 1
                UNION ALL
                SELECT 1, lower(doi), 'same doi ' || lower(doi), array_agg(id ORDER BY id) FROM (
                    SELECT i.id, v.fields::jsonb ->> 'doi' AS doi FROM items i
                    JOIN versions v ON v.item_id = i.id AND v.number = i.current_version
                    WHERE v.fields IS NOT NULL) d
                WHERE doi IS NOT NULL GROUP BY lower(doi) HAVING count(*) > 1) g
            ORDER BY part, k COLLATE "C"
            """);
        return await ListAsync<(string, IReadOnlyList<long>)>(command, r => (r.GetString(0), r.GetFieldValue<long[]>(1)), cancellationToken).ConfigureAwait(false);
    }

    private static int Band(ulong hash, int band) => (int)((hash >> (16 * band)) & 0xFFFF);

    private static (long, ulong) ReadHash(NpgsqlDataReader reader) => (reader.GetInt64(0), unchecked((ulong)reader.GetInt64(1)));
}
