using Npgsql;

namespace Roots.Storage.Postgres;

/// <summary>The database a store lives in, as a whole: created for a new library when the user may create databases.</summary>
public static class PostgresDatabase
{
    /// <summary>
    /// Creates the database named in <paramref name="connectionString"/> when the server lacks it, by
    /// connecting to the server's <c>postgres</c> database. Returns true when it was created. A user
    /// without CREATEDB gets PostgreSQL's own error, which says so.
    /// </summary>
    public static bool EnsureExists(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        string database = target.Database ?? throw new ArgumentException("the connection string names no database", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.AddWithValue(database);
            if (exists.ExecuteScalar() is not null)
            {
                return false;
            }
        }

        // CREATE DATABASE takes no parameters: the name is quoted as an identifier instead.
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ENCODING 'UTF8' TEMPLATE template0", connection);
        try
        {
            create.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another worker created it a moment ago.
            return false;
        }

        return true;
    }
}
