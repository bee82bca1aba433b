using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Roots.Cli.Tests;

/// <summary>
/// The store the end-to-end tests create libraries on. By default SQLite; with
/// <c>ROOTS_TEST_CLI_STORE=postgres</c> and <c>ROOTS_TEST_POSTGRES</c> (an Npgsql connection string to a
/// server where the user may create databases), every <c>roots init</c> gets <c>--store</c> with a fresh
/// database named after the library's folder, so the whole suite runs again on PostgreSQL (.ci/run does both).
/// </summary>
public static class StoreUnderTest
{
    /// <summary>True when this run's libraries live in PostgreSQL.</summary>
    public static bool IsPostgres { get; } =
        Environment.GetEnvironmentVariable("ROOTS_TEST_CLI_STORE") == "postgres" && Server is not null;

    private static string? Server => Environment.GetEnvironmentVariable("ROOTS_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>The <c>--store</c> URL for a library in <paramref name="libraryDirectory"/>, or null on SQLite.</summary>
    public static string? StoreFor(string libraryDirectory)
    {
        if (!IsPostgres)
        {
            return null;
        }

        var server = new NpgsqlConnectionStringBuilder(Server);
        return $"postgres://{server.Username}@{server.Host}:{server.Port}/{DatabaseFor(libraryDirectory)}";
    }

    /// <summary>Drops the database of a library made by this run (nothing on SQLite).</summary>
    public static void Drop(string libraryDirectory)
    {
        if (!IsPostgres)
        {
            return;
        }

        var server = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseFor(libraryDirectory)} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    /// <summary>How many items the library holds, read behind roots' back while it runs (0 before the schema exists).</summary>
    public static long CountItems(string libraryDirectory)
    {
        try
        {
            if (IsPostgres)
            {
                var server = new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseFor(libraryDirectory), Pooling = false };
                using var pg = new NpgsqlConnection(server.ConnectionString);
                pg.Open();
                using var count = new NpgsqlCommand("SELECT count(*) FROM items", pg);
                return (long)count.ExecuteScalar()!;
            }

            string db = Path.Combine(libraryDirectory, "roots.db");
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM items";
            return (long)command.ExecuteScalar()!;
        }
        catch (System.Data.Common.DbException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (written for both engines) on the library's store behind roots' back,
    /// while no roots process writes; each row's columns joined by '|'.
    /// </summary>
    public static List<string> Rows(string libraryDirectory, string sql)
    {
        System.Data.Common.DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseFor(libraryDirectory), Pooling = false }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(libraryDirectory, "roots.db")};Mode=ReadOnly;Pooling=false");
        using (connection)
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            return rows;
        }
    }

    private static string DatabaseFor(string libraryDirectory) =>
        "roots_e2e_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(libraryDirectory))))[..20];
}
