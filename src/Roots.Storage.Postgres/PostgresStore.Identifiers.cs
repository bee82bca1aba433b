using Roots.Core.Identifiers;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IIdentifierIndex
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> FindByIdentifierAsync(Identifier identifier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        await using var command = Command("SELECT item_id FROM identifiers WHERE kind = @kind AND value = @value ORDER BY item_id", null,
            ("kind", identifier.Scheme), ("value", identifier.Value));
        return await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<(string Kind, string Value)>> GetIdentifiersAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT kind, value FROM identifiers WHERE item_id = @id ORDER BY kind COLLATE \"C\", value COLLATE \"C\"", null, ("id", id));
        return await ListAsync(command, r => (r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }
}
