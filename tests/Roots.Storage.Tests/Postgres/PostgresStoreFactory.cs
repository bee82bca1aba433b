using Npgsql;
using Roots.Core.Ports;
using Roots.Storage.Postgres;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Postgres;

/// <summary>
/// A fresh database <c>roots_t_&lt;guid&gt;</c> on the server of <c>ROOTS_TEST_POSTGRES</c> for each test (xunit makes a
/// test class instance per test, and each instance makes its factory), dropped with <c>WITH (FORCE)</c> afterwards.
/// A database per test costs about 60 ms on a loopback server and keeps tests independent of each other's rows and
/// of sequences.
/// </summary>
public sealed class PostgresStoreFactory : IStoreFactory
{
    private readonly string _admin;
    private readonly string _name = "roots_t_" + Guid.NewGuid().ToString("N");
    private bool _created;

    public PostgresStoreFactory()
    {
        string server = PostgresEnvironment.ConnectionString
            ?? throw new InvalidOperationException(PostgresEnvironment.SkipMessage);
        // CREATE DATABASE runs on the server's maintenance database, so that the given one may be absent.
        _admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString { get; }

    public ILibraryStore Open(TimeProvider time)
    {
        Create();
        return PostgresStore.Open(ConnectionString, time);
    }

    /// <summary>Opens the database as a worker does when told not to migrate (the database is created, empty, first if needed).</summary>
    public PostgresStore OpenWithoutMigrating()
    {
        Create();
        return PostgresStore.Open(ConnectionString, TimeProvider.System, migrate: false);
    }

    private void Create()
    {
        if (!_created)
        {
            Admin($"CREATE DATABASE \"{_name}\"");
            _created = true;
        }
    }

    public void Dispose()
    {
        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
