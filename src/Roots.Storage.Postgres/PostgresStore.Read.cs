using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>How many rows a streamed listing reads per query (keyset pages keep the connection free between them).</summary>
    private const int StreamPage = 5000;

    // Tags in binary (code point) order, as SQLite's default collation sorts them.
    private const string ItemColumns =
        "i.id, i.external_id, i.source, i.kind, i.title, i.lang, i.current_version, i.created_at, i.updated_at, i.url, i.published, " +
        "ARRAY(SELECT t.tag FROM tags t WHERE t.item_id = i.id ORDER BY t.tag COLLATE \"C\")";

    private const string VersionColumns = "item_id, number, sha256, size, media_type, collected_at, length(text)";

    /// <inheritdoc />
    public async ValueTask<SourceState?> FindSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            "SELECT i.id, v.sha256, v.size, i.source_stamp FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version WHERE i.source = @s",
            null, ("s", source));
        var rows = await ListAsync(command, ReadSourceState, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].State;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, SourceState>> LoadSourceStatesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            "SELECT i.id, v.sha256, v.size, i.source_stamp, i.source FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version");
        var rows = await ListAsync(command, ReadSourceState, cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, SourceState>(rows.Count, StringComparer.Ordinal);
        foreach (var (source, state) in rows)
        {
            states[source!] = state;
        }

        return states;
    }

    private static (string? Source, SourceState State) ReadSourceState(NpgsqlDataReader r) =>
        (r.FieldCount > 4 ? r.GetString(4) : null,
         new SourceState(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3)));

    /// <inheritdoc />
    public async ValueTask<Item?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await ReadItemsAsync($"SELECT {ItemColumns} FROM items i WHERE i.id = @id", cancellationToken, ("id", id)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async ValueTask<Item?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken = default) =>
        (await ReadItemsAsync($"SELECT {ItemColumns} FROM items i WHERE i.external_id = @e", cancellationToken, ("e", externalId)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Item>> GetManyAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await ReadItemsAsync($"SELECT {ItemColumns} FROM items i WHERE i.id = ANY(@ids)", cancellationToken, ("ids", ids.ToArray())).ConfigureAwait(false);
        var byId = items.ToDictionary(item => item.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetTextAsync(long id, int? version = null, CancellationToken cancellationToken = default) =>
        await ScalarAsync(version is null
                ? "SELECT v.text FROM versions v JOIN items i ON i.id = v.item_id AND v.number = i.current_version WHERE i.id = @id"
                : "SELECT text FROM versions WHERE item_id = @id AND number = @n",
            null, cancellationToken, ("id", id), ("n", version ?? 0)).ConfigureAwait(false) as string;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, string>> GetFieldsAsync(long id, CancellationToken cancellationToken = default)
    {
        object? json = await ScalarAsync(
            "SELECT v.fields FROM versions v JOIN items i ON i.id = v.item_id AND v.number = i.current_version WHERE i.id = @id",
            null, cancellationToken, ("id", id)).ConfigureAwait(false);
        return json is string text
            ? JsonSerializer.Deserialize(text, StoreJson.Default.DictionaryStringString) ?? []
            : new Dictionary<string, string>();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ItemVersion>> GetVersionsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT {VersionColumns} FROM versions WHERE item_id = @id ORDER BY number", null, ("id", id));
        return await ListAsync(command, ReadVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var command = Command("");
        string where = FilterSql.Build(filter, command, "i");
        command.CommandText = $"SELECT {ItemColumns} FROM items i {where} ORDER BY i.updated_at DESC, i.id DESC LIMIT @limit OFFSET @offset";
        // A negative limit means no limit, as in SQLite.
        command.Parameters.AddWithValue("limit", filter.Limit < 0 ? DBNull.Value : (long)filter.Limit);
        command.Parameters.AddWithValue("offset", (long)Math.Max(0, filter.Offset));
        return await ListAsync(command, ReadItem, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> CountMatchingAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var command = Command("");
        string where = FilterSql.Build(filter, command, "i");
        command.CommandText = $"SELECT count(*) FROM items i {where}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    async ValueTask<long> IItemStore.CountAsync(CancellationToken cancellationToken) =>
        (long)(await ScalarAsync("SELECT count(*) FROM items", null, cancellationToken).ConfigureAwait(false))!;

    /// <inheritdoc />
    /// <remarks>Read in keyset pages, so the caller may use the store between rows.</remarks>
    public async IAsyncEnumerable<ItemVersion> AllVersionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long last = long.MinValue;
        while (true)
        {
            await using var command = Command($"SELECT {VersionColumns}, id FROM versions WHERE id > @last ORDER BY id LIMIT {StreamPage}", null, ("last", last));
            var page = await ListAsync(command, r => (Version: ReadVersion(r), Id: r.GetInt64(7)), cancellationToken).ConfigureAwait(false);
            foreach (var (version, _) in page)
            {
                yield return version;
            }

            if (page.Count < StreamPage)
            {
                yield break;
            }

            last = page[^1].Id;
        }
    }

    private static ItemVersion ReadVersion(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.GetInt32(6));

    private async ValueTask<List<Item>> ReadItemsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var command = Command(sql, null, values);
        return await ListAsync(command, ReadItem, cancellationToken).ConfigureAwait(false);
    }

    private static Item ReadItem(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetFieldValue<string[]>(11),
        reader.GetInt32(6),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10));
}
