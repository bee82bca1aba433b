using Microsoft.Data.Sqlite;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Opens the database at <paramref name="path"/> for reading only, writing nothing at all (no
    /// migration, no journal mode, no checkpoint on close): for a library on read-only media or in a
    /// folder this process may not write.
    /// </summary>
    /// <remarks>
    /// A WAL database normally needs its <c>-shm</c> index, which a read-only folder cannot create.
    /// Three ways in, tried in turn: (1) SQLite's own read-only mode, which works when the <c>-wal</c>
    /// and <c>-shm</c> files are there (a copy taken while a writer had it open); (2) when a
    /// <c>-wal</c> with commits is there but no <c>-shm</c>, SQLite's lock-free VFS in exclusive
    /// locking mode, which builds the WAL index in memory and so still reads those commits; (3)
    /// otherwise (a cleanly closed library: <c>roots.db</c> alone) the file as immutable, which
    /// needs no <c>-shm</c> and, with no WAL to miss, reads everything. Ways (2) and (3) take no
    /// locks: right for media nobody writes, which is what a read-only folder is.
    /// </remarks>
    /// <param name="path">The <c>roots.db</c> file.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="matrices">The vector matrices shared with other stores (the engine's); null shares with none.</param>
    /// <exception cref="SqliteException">No way in opens the file.</exception>
    /// <exception cref="InvalidOperationException">The schema is not the one this build reads (older or newer).</exception>
    public static SqliteStore OpenReadOnly(string path, TimeProvider? time = null, VectorMatrixCache? matrices = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = System.IO.Path.GetFullPath(path);
        SqliteException? first = null;
        foreach (var (dataSource, pragmas) in ReadOnlyWaysIn(full))
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = dataSource, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 };
            var connection = new SqliteConnection(builder.ToString());
            try
            {
                connection.Open();
                Execute(connection, pragmas + " PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
                // The first read opens the WAL (or finds it cannot): a way in that fails, fails here.
                RequireCurrentSchema(connection);
                return new SqliteStore(connection, time ?? TimeProvider.System, full, matrices, readOnly: true, readerPragmas: pragmas);
            }
            catch (SqliteException e)
            {
                connection.Dispose();
                first ??= e;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        throw first!;
    }

    /// <summary>Whether <paramref name="exception"/> is SQLite refusing a write to a database opened read-only (SQLITE_READONLY).</summary>
    public static bool IsReadOnlyRefusal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 8 })
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string DataSource, string Pragmas)> ReadOnlyWaysIn(string path)
    {
        yield return (path, ReaderPragmas);
        var wal = new FileInfo(path + "-wal");
        string uri = new Uri(path).AbsoluteUri;
        if (wal.Exists && wal.Length > 0)
        {
            // Exclusive locking before the first read: SQLite then keeps the WAL index in memory, never in -shm.
            yield return (uri + "?vfs=unix-none", "PRAGMA locking_mode = EXCLUSIVE; " + ReaderPragmas);
        }

        yield return (uri + "?immutable=1", ReaderPragmas);
    }

    /// <summary>A read-only library cannot be migrated: a schema other than this build's is refused, saying what to do.</summary>
    private static void RequireCurrentSchema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        int version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Schema.Latest)
        {
            throw new InvalidOperationException(
                $"this library was written by a newer Roots (schema {version}, this build knows {Schema.Latest}); upgrade Roots to open it");
        }

        if (version < Schema.Latest)
        {
            throw new InvalidOperationException(
                $"this library was written by an older Roots (schema {version}, this build reads {Schema.Latest}) and is read-only, so it cannot be upgraded here; copy it to writable storage and run roots migrate");
        }
    }
}
