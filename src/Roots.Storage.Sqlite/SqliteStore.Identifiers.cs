using Roots.Core.Identifiers;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IIdentifierIndex
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> FindByIdentifierAsync(Identifier identifier, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT item_id FROM identifiers WHERE kind = $kind AND value = $value ORDER BY item_id");
        command.Parameters.AddWithValue("$kind", identifier.Scheme);
        command.Parameters.AddWithValue("$value", identifier.Value);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(ids);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<(string Kind, string Value)>> GetIdentifiersAsync(long id, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT kind, value FROM identifiers WHERE item_id = $id ORDER BY kind, value");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var identifiers = new List<(string, string)>();
        while (reader.Read())
        {
            identifiers.Add((reader.GetString(0), reader.GetString(1)));
        }

        return ValueTask.FromResult<IReadOnlyList<(string Kind, string Value)>>(identifiers);
    }
}
