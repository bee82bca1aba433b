using System.Data.Common;
using Roots.App.Configuration;
using Roots.Core;
using Roots.Core.Ports;
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
    /// Opens the store. SQLite brings its schema up to date on open (one process owns the file);
    /// PostgreSQL does so only when <paramref name="migrate"/> is set (<c>roots init</c>, <c>roots migrate</c>),
    /// because many workers share it and a schema change is the operator's decision.
    /// </summary>
    public static Result<ILibraryStore> Open(string directory, StoreLocation location, TimeProvider? time, bool migrate)
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

            return SqliteStore.Open(Path.Combine(directory, Library.DatabaseFileName), time);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            string where = location.IsPostgres ? location.Display : directory;
            return Result<ILibraryStore>.Fail($"cannot open the library at {where}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
