using System.Data.Common;
using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Ports;
using Roots.Ingest.Archive;
using Roots.Storage.Postgres;
using Roots.Storage.Sqlite;

namespace Roots.App;

/// <summary>Opens the store a library's <c>roots.yaml</c> names: <c>roots.db</c> in its folder, or PostgreSQL.</summary>
internal static class StoreOpener
{
    /// <summary>Whether a library exists at <paramref name="directory"/> with <paramref name="location"/>: for SQLite, its file.</summary>
    public static bool Exists(string directory, StoreLocation location) =>
        location.IsPostgres || File.Exists(Path.Combine(directory, Library.DatabaseFileName));

    /// <summary>Applies pending migrations: PostgreSQL's explicitly, SQLite's by opening the file.</summary>
    public static Result<(int Version, IReadOnlyList<int> Applied)> Migrate(string directory, StoreLocation location)
    {
        try
        {
            if (location.IsPostgres)
            {
                var applied = PostgresStore.Migrate(location.ConnectionString);
                return (PostgresStore.LatestSchemaVersion, applied);
            }

            string path = Path.Combine(directory, Library.DatabaseFileName);
            int before = SqliteStore.SchemaVersionOf(path);
            using var store = SqliteStore.Open(path);
            return (SqliteStore.LatestSchemaVersion, Enumerable.Range(before + 1, SqliteStore.LatestSchemaVersion - before).ToList());
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            return Result<(int, IReadOnlyList<int>)>.Fail($"cannot migrate {location.Display}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Whether a PostgreSQL store has no schema yet (a new library).</summary>
    public static bool IsEmpty(StoreLocation location)
    {
        try
        {
            return location.IsPostgres && PostgresStore.SchemaVersionOf(location.ConnectionString) == 0;
        }
        catch (DbException)
        {
            return true; // no database yet: opening creates it, or says why it cannot
        }
    }

    /// <summary>
    /// Whether the library at <paramref name="directory"/> can only be read: a SQLite library whose folder
    /// or <c>roots.db</c> this process may not write (read-only media, a folder without write permission).
    /// A PostgreSQL library keeps its data on the server, so its folder does not decide.
    /// </summary>
    public static bool IsReadOnly(string directory, StoreLocation location)
    {
        if (location.IsPostgres)
        {
            return false;
        }

        string database = Path.Combine(directory, Library.DatabaseFileName);
        return !WriteAccess.Allowed(directory) || (File.Exists(database) && !WriteAccess.Allowed(database));
    }

    /// <summary>
    /// Opens the store. SQLite brings its schema up to date on open (one process owns the file);
    /// PostgreSQL does so only when <paramref name="migrate"/> is set (<c>roots init</c>, <c>roots migrate</c>),
    /// because many workers share it and a schema change is the operator's decision. With
    /// <paramref name="readOnly"/> (SQLite only) nothing is written, not even a migration. SQLite stores share
    /// vector matrices through <paramref name="matrices"/> (the engine's).
    /// </summary>
    public static Result<ILibraryStore> Open(string directory, StoreLocation location, TimeProvider? time, bool migrate, bool readOnly = false, VectorMatrixCache? matrices = null)
    {
        try
        {
            if (location.IsPostgres)
            {
                if (migrate)
                {
                    PostgresDatabase.EnsureExists(location.ConnectionString);
                }

                return PostgresStore.Open(location.ConnectionString, time, migrate);
            }

            string path = Path.Combine(directory, Library.DatabaseFileName);
            return readOnly ? SqliteStore.OpenReadOnly(path, time, matrices) : SqliteStore.Open(path, time, matrices);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            string where = location.IsPostgres ? location.Display : directory;
            return Result<ILibraryStore>.Fail($"cannot open the library at {where}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
