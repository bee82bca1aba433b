using Microsoft.Data.Sqlite;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : ISimHashStore
{
    /// <inheritdoc />
    public ValueTask SaveSimHashesAsync(IReadOnlyList<(long ItemId, ulong Hash)> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        using var transaction = _connection.BeginTransaction();
        using var upsert = Command(
            """
            INSERT OR REPLACE INTO simhashes (item_id, version, hash, b0, b1, b2, b3)
            SELECT id, current_version, $hash, $b0, $b1, $b2, $b3 FROM items WHERE id = $id
            """, transaction);
        var id = upsert.Parameters.Add("$id", SqliteType.Integer);
        var hash = upsert.Parameters.Add("$hash", SqliteType.Integer);
        var bands = Enumerable.Range(0, 4).Select(b => upsert.Parameters.Add($"$b{b}", SqliteType.Integer)).ToArray();
        foreach (var (itemId, value) in hashes)
        {
            id.Value = itemId;
            hash.Value = unchecked((long)value);
            for (int b = 0; b < 4; b++)
            {
                bands[b].Value = Band(value, b);
            }

            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <summary>The most band-sharing candidates one item is compared with when it is kept.</summary>
    public const int MaxSimHashCandidates = 256;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> SimHashCandidatesAsync(long itemId, ulong hash, CancellationToken cancellationToken = default)
    {
        // SQLite answers an OR of indexed equalities with one index lookup per band (multi-index OR).
        // The limit bounds a cluster of thousands of near-identical notes: without it, each new member
        // reads every other one and adding the cluster costs the square of its size.
        using var command = Command(
            $"SELECT item_id, hash FROM simhashes WHERE (b0 = $b0 OR b1 = $b1 OR b2 = $b2 OR b3 = $b3) AND item_id <> $id LIMIT {MaxSimHashCandidates}");
        command.Parameters.AddWithValue("$id", itemId);
        for (int b = 0; b < 4; b++)
        {
            command.Parameters.AddWithValue($"$b{b}", Band(hash, b));
        }

        return ValueTask.FromResult<IReadOnlyList<(long, ulong)>>(ReadHashes(command));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(long ItemId, ulong Hash)>> AllSimHashesAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT item_id, hash FROM simhashes ORDER BY item_id");
        return ValueTask.FromResult<IReadOnlyList<(long, ulong)>>(ReadHashes(command));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> ItemsWithoutSimHashAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command(
            "SELECT i.id FROM items i LEFT JOIN simhashes s ON s.item_id = i.id WHERE s.item_id IS NULL OR s.version <> i.current_version ORDER BY i.id");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(ids);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(string Evidence, IReadOnlyList<long> ItemIds)>> SameUrlOrDoiAsync(CancellationToken cancellationToken = default)
    {
        // The DOI an item carries as its own metadata (citation_doi, JSON-LD …), not every DOI its text cites.
        using var command = Command(
            """
            SELECT 'same url ' || url, group_concat(id) FROM items WHERE url IS NOT NULL AND url <> '' GROUP BY url HAVING count(*) > 1
            UNION ALL
            SELECT 'same doi ' || lower(doi), group_concat(id) FROM (
                SELECT i.id, json_extract(v.fields, '$.doi') AS doi FROM items i
                JOIN versions v ON v.item_id = i.id AND v.number = i.current_version
                WHERE v.fields IS NOT NULL)
            WHERE doi IS NOT NULL GROUP BY lower(doi) HAVING count(*) > 1
            """);
        using var reader = command.ExecuteReader();
        var groups = new List<(string, IReadOnlyList<long>)>();
        while (reader.Read())
        {
            var ids = reader.GetString(1).Split(',').Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            groups.Add((reader.GetString(0), ids));
        }

        return ValueTask.FromResult<IReadOnlyList<(string, IReadOnlyList<long>)>>(groups);
    }

    private static long Band(ulong hash, int band) => (long)((hash >> (16 * band)) & 0xFFFF);

    private static List<(long, ulong)> ReadHashes(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var hashes = new List<(long, ulong)>();
        while (reader.Read())
        {
            hashes.Add((reader.GetInt64(0), unchecked((ulong)reader.GetInt64(1))));
        }

        return hashes;
    }
}
