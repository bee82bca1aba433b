using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string ItemColumns =
        "i.id, i.external_id, i.source, i.kind, i.title, i.lang, i.current_version, i.created_at, i.updated_at, i.url, i.published, " +
        "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags WHERE item_id = i.id ORDER BY tag))";

    /// <inheritdoc />
    public ValueTask<SourceState?> FindSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        using var command = Command(
            "SELECT i.id, v.sha256, v.size, i.source_stamp FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version WHERE i.source = $s");
        command.Parameters.AddWithValue("$s", source);
        using var reader = command.ExecuteReader();
        SourceState? state = reader.Read()
            ? new SourceState(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3))
            : null;
        return ValueTask.FromResult(state);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, SourceState>> LoadSourceStatesAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command(
            "SELECT i.source, i.id, v.sha256, v.size, i.source_stamp FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version");
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        while (reader.Read())
        {
            states[reader.GetString(0)] = new SourceState(
                reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt64(4));
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, SourceState>>(states);
    }

    /// <inheritdoc />
    public ValueTask<Item?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        using var command = Command($"SELECT {ItemColumns} FROM items i WHERE i.id = $id");
        command.Parameters.AddWithValue("$id", id);
        return ValueTask.FromResult(ReadItems(command).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<Item?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        using var command = Command($"SELECT {ItemColumns} FROM items i WHERE i.external_id = $e");
        command.Parameters.AddWithValue("$e", externalId);
        return ValueTask.FromResult(ReadItems(command).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Item>> GetManyAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<Item>>([]);
        }

        using var command = Command($"SELECT {ItemColumns} FROM items i WHERE i.id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids) + "]");
        var byId = ReadItems(command).ToDictionary(item => item.Id);
        return ValueTask.FromResult<IReadOnlyList<Item>>(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList());
    }

    /// <inheritdoc />
    public ValueTask<string?> GetTextAsync(long id, int? version = null, CancellationToken cancellationToken = default)
    {
        using var command = Command(version is null
            ? "SELECT v.text FROM versions v JOIN items i ON i.id = v.item_id AND v.number = i.current_version WHERE i.id = $id"
            : "SELECT text FROM versions WHERE item_id = $id AND number = $n");
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$n", version ?? 0);
        return ValueTask.FromResult(command.ExecuteScalar() as string);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, string>> GetFieldsAsync(long id, CancellationToken cancellationToken = default)
    {
        using var command = Command(
            "SELECT v.fields FROM versions v JOIN items i ON i.id = v.item_id AND v.number = i.current_version WHERE i.id = $id");
        command.Parameters.AddWithValue("$id", id);
        IReadOnlyDictionary<string, string> fields = command.ExecuteScalar() is string json
            ? JsonSerializer.Deserialize(json, StoreJson.Default.DictionaryStringString) ?? []
            : new Dictionary<string, string>();
        return ValueTask.FromResult(fields);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ItemVersion>> GetVersionsAsync(long id, CancellationToken cancellationToken = default)
    {
        using var command = Command(
            "SELECT item_id, number, sha256, size, media_type, collected_at, length(text) FROM versions WHERE item_id = $id ORDER BY number");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var versions = new List<ItemVersion>();
        while (reader.Read())
        {
            versions.Add(ReadVersion(reader));
        }

        return ValueTask.FromResult<IReadOnlyList<ItemVersion>>(versions);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = Command("");
        var where = FilterSql.Build(filter, command, "i");
        command.CommandText = $"SELECT {ItemColumns} FROM items i {where} ORDER BY i.updated_at DESC, i.id DESC LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", filter.Limit);
        command.Parameters.AddWithValue("$offset", filter.Offset);
        return ValueTask.FromResult<IReadOnlyList<Item>>(ReadItems(command));
    }

    /// <inheritdoc />
    public ValueTask<long> CountMatchingAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = Command("");
        var where = FilterSql.Build(filter, command, "i");
        command.CommandText = $"SELECT count(*) FROM items i {where}";
        return ValueTask.FromResult((long)command.ExecuteScalar()!);
    }

    /// <inheritdoc />
    ValueTask<long> Core.Ports.IItemStore.CountAsync(CancellationToken cancellationToken)
    {
        using var command = Command("SELECT count(*) FROM items");
        return ValueTask.FromResult((long)command.ExecuteScalar()!);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ItemVersion> AllVersionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT item_id, number, sha256, size, media_type, collected_at, length(text) FROM versions ORDER BY id");
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadVersion(reader);
        }
    }

    private static ItemVersion ReadVersion(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), reader.GetInt32(6));

    private static List<Item> ReadItems(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var items = new List<Item>();
        while (reader.Read())
        {
            string? tags = reader.IsDBNull(11) ? null : reader.GetString(11);
            items.Add(new Item(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                tags is null ? [] : tags.Split('\u001f'),
                reader.GetInt32(6),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return items;
    }
}
