using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <summary>
/// The library on PostgreSQL, for a library shared by many workers on many machines: the same
/// ports and the same observable behaviour as the embedded SQLite store, so every command works
/// the same on either.
/// </summary>
/// <remarks>
/// One instance owns one connection and is used by one thread at a time; every process (and
/// every worker thread) opens its own. Writers in different processes coordinate through the
/// database alone: advisory locks on sources and content hashes keep two workers from creating
/// two items for one source or one content, <c>FOR UPDATE SKIP LOCKED</c> keeps two workers from
/// claiming one job, and the search statistics are striped counters so that writers do not queue
/// behind one hot row. Times are stored as Unix milliseconds (<c>bigint</c>), as in SQLite.
/// </remarks>
public sealed partial class PostgresStore : ILibraryStore
{
    private readonly NpgsqlConnection _connection;
    private readonly TimeProvider _time;
    private bool _disposed;

    private PostgresStore(NpgsqlConnection connection, TimeProvider time, string location)
    {
        _connection = connection;
        _time = time;
        Location = location;
    }

    /// <summary>The schema version this build writes.</summary>
    public static int LatestSchemaVersion => Schema.Latest;

    /// <summary>Where the library lives: <c>host:port/database</c>, never the password.</summary>
    public string Location { get; }

    /// <summary>
    /// Opens a store on the database of <paramref name="connectionString"/>.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="time">The clock for collection times; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="migrate">
    /// True: applies pending migrations first (under an advisory lock, so workers opening at once do not race).
    /// False: refuses a database whose schema is behind or ahead of this build, with a one-line message.
    /// </param>
    /// <exception cref="InvalidOperationException">The schema is not the one this build needs.</exception>
    public static PostgresStore Open(string connectionString, TimeProvider? time = null, bool migrate = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            IReadOnlyList<int> applied = [];
            if (migrate)
            {
                applied = Schema.Migrate(connection);
            }
            else
            {
                Schema.RequireCurrent(Schema.VersionOf(connection));
            }

            var store = new PostgresStore(connection, time ?? TimeProvider.System, LocationOf(connectionString));
            store.PackAfterMigration(applied);
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the database (0 when it has no Roots schema yet).</summary>
    public static int SchemaVersionOf(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return Schema.VersionOf(connection);
    }

    /// <summary>Applies the pending migrations (under an advisory lock); returns the versions applied, oldest first.</summary>
    public static IReadOnlyList<int> Migrate(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        using var store = new PostgresStore(connection, TimeProvider.System, LocationOf(connectionString));
        connection.Open();
        var applied = Schema.Migrate(connection);
        store.PackAfterMigration(applied);
        return applied;
    }

    /// <summary>
    /// Packs the search index right after the migration that added packed postings (4) marked every item dirty, so an
    /// upgraded library searches through the blocks at once instead of after its next reindex. Minutes at a million
    /// items, like the migration itself; if it is interrupted the items stay dirty, which is correct, only slower.
    /// </summary>
    private void PackAfterMigration(IReadOnlyList<int> applied)
    {
        if (applied.Contains(Schema.PackedPostings))
        {
            // Open and Migrate are synchronous (as the migration is); there is no synchronisation context to deadlock on.
            PackSearchAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary><c>host:port/database</c> of a connection string.</summary>
    public static string LocationOf(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Dispose();
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private NpgsqlCommand Command(string sql, NpgsqlTransaction? transaction = null) => new(sql, _connection, transaction);

    private NpgsqlCommand Command(string sql, NpgsqlTransaction? transaction, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var command = new NpgsqlCommand(sql, _connection, transaction);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private async ValueTask<int> ExecuteAsync(string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var command = Command(sql, transaction, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<object?> ScalarAsync(string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var command = Command(sql, transaction, values);
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private async ValueTask<List<T>> ListAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>PostgreSQL text cannot hold U+0000 (extracted PDFs sometimes do); it is dropped on the way in.</summary>
    private static string? Clean(string? text) => text is null || !text.Contains('\0', StringComparison.Ordinal) ? text : text.Replace("\0", "", StringComparison.Ordinal);
}
