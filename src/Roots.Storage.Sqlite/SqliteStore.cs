using Microsoft.Data.Sqlite;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

/// <summary>
/// The embedded default store: items, versions, tags and the full-text index in one SQLite
/// file in WAL mode, so an item and its index entry are written in the same transaction.
/// </summary>
/// <remarks>
/// One instance owns one connection and is used by one thread at a time; open one per worker.
/// WAL lets readers (a search) run while a writer (an import) commits. <c>synchronous=NORMAL</c>
/// in WAL mode keeps every committed transaction through a process crash or <c>kill -9</c>; only a
/// power cut can lose the last commits, never corrupt the file.
/// </remarks>
public sealed partial class SqliteStore : ILibraryStore
{
    private const string ReaderPragmas = "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536;";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly string _readerPragmas;
    private readonly List<SqliteConnection> _readers = [];
    private readonly VectorMatrixCache _matrices;
    private bool _disposed;

    private SqliteStore(SqliteConnection connection, TimeProvider time, string path, VectorMatrixCache? matrices, bool readOnly = false, string readerPragmas = ReaderPragmas)
    {
        _connection = connection;
        _matrices = matrices ?? new VectorMatrixCache();
        _time = time;
        _path = path;
        IsReadOnly = readOnly;
        _readerPragmas = readerPragmas;
    }

    /// <summary>The database file.</summary>
    public string Path => _path;

    /// <summary>True when opened by <see cref="OpenReadOnly"/>: every write fails with SQLite's "readonly database".</summary>
    public bool IsReadOnly { get; }

    /// <inheritdoc />
    public string Location => Path;

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <param name="path">The <c>roots.db</c> file.</param>
    /// <param name="time">The clock for collection times; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="matrices">The vector matrices shared with other stores (the engine's); null shares with none.</param>
    public static SqliteStore Open(string path, TimeProvider? time = null, VectorMatrixCache? matrices = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " +
                                "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            Schema.Migrate(connection);
            return new SqliteStore(connection, time ?? TimeProvider.System, path, matrices);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version this build writes.</summary>
    public static int LatestSchemaVersion => Schema.Latest;

    /// <summary>The schema version of the database at <paramref name="path"/> (0 when it is new), read without migrating.</summary>
    public static int SchemaVersionOf(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Fold the WAL back into the main file on a clean close, so the library is one file at rest
        // (a read-only store writes nothing, not even that).
        try
        {
            if (!IsReadOnly)
            {
                Execute(_connection, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }
        catch (SqliteException)
        {
            // Another process holds the database; it checkpoints when it closes.
        }

        foreach (var reader in _readers)
        {
            reader.Dispose();
        }

        _connection.Dispose();
    }

    /// <summary>A read-only connection for parallel search slices, opened on first use and kept.</summary>
    private SqliteConnection ReaderConnection(int index)
    {
        lock (_readers)
        {
            while (_readers.Count <= index)
            {
                var builder = new SqliteConnectionStringBuilder(_connection.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
                var reader = new SqliteConnection(builder.ToString());
                reader.Open();
                Execute(reader, _readerPragmas);
                _readers.Add(reader);
            }

            return _readers[index];
        }
    }

    /// <inheritdoc />
    public ValueTask<string?> CheckIntegrityAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(CheckIntegrity());

    /// <summary>Runs SQLite's own consistency check (<c>PRAGMA quick_check</c>); null when the database is sound, else the first problems.</summary>
    public string? CheckIntegrity()
    {
        using var command = Command("PRAGMA quick_check(5)");
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines is ["ok"] ? null : string.Join("; ", lines);
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
