using Npgsql;
using Roots.Core.Ports;
using Roots.Storage.Postgres;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Postgres;

/// <summary>
/// A fresh database <c>roots_t_&lt;guid&gt;</c> on the server of <c>ROOTS_TEST_POSTGRES</c> for each test (xunit makes a
/// test class instance per test, and each instance makes its factory), dropped with <c>WITH (FORCE)</c> afterwards.
/// Databases are copied from a template migrated once per test run, so a test pays for a copy (tens of
/// milliseconds), not for every migration; <c>PostgresStore.Open</c> still checks the schema on each.
/// </summary>
public sealed class PostgresStoreFactory : IStoreFactory
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> FileCopy = new(() =>
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        return connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : "";
    });

    private readonly bool _migrated;
    private readonly string _name = NewName();
    private bool _created;

    public PostgresStoreFactory()
        : this(migrated: true)
    {
    }

    /// <param name="migrated">False: the database starts without any schema, as <c>roots init --store</c> finds it.</param>
    public PostgresStoreFactory(bool migrated)
    {
        _migrated = migrated;
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
    }

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString { get; }

    private static string Server => PostgresEnvironment.ConnectionString ?? throw new InvalidOperationException(PostgresEnvironment.SkipMessage);

    // CREATE and DROP DATABASE run on the server's maintenance database, so that the given one may be absent.
    private static string AdminConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString;

    public ILibraryStore Open(TimeProvider time)
    {
        Create();
        return PostgresStore.Open(ConnectionString, time);
    }

    /// <summary>Opens the database as a worker does when told not to migrate (the database is created first if needed).</summary>
    public PostgresStore OpenWithoutMigrating()
    {
        Create();
        return PostgresStore.Open(ConnectionString, TimeProvider.System, migrate: false);
    }

    public void Dispose()
    {
        if (_created)
        {
            Drop(_name, ConnectionString);
        }
    }

    private void Create()
    {
        if (!_created)
        {
            // FILE_COPY (PostgreSQL 15+) copies the small template's files instead of logging every block: about half the time.
            Admin(_migrated ? $"CREATE DATABASE \"{_name}\" TEMPLATE \"{Template.Value}\"{FileCopy.Value}" : $"CREATE DATABASE \"{_name}\"");
            _created = true;
        }
    }

    private static string CreateTemplate()
    {
        string name = NewName() + "_template";
        string connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = false }.ConnectionString;
        Admin($"CREATE DATABASE \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name, connectionString);
        PostgresStore.Open(connectionString).Dispose();
        return name;
    }

    private static void Drop(string name, string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string NewName() => "roots_t_" + Guid.NewGuid().ToString("N");

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
