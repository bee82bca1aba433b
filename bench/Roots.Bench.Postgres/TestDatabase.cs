using Npgsql;

namespace Roots.Bench.Postgres;

/// <summary>A fresh database on the test server, dropped when disposed (unless kept).</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;
    private readonly bool _drop;

    private TestDatabase(string server, string name, bool drop)
    {
        _server = server;
        _name = name;
        _drop = drop;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string server, bool keep)
    {
        string name = "roots_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        Console.WriteLine($"database {name}{(keep ? " (kept)" : "")}");
        return new TestDatabase(server, name, !keep);
    }

    public static TestDatabase Existing(string server, string name) => new(server, name, drop: false);

    public async ValueTask DisposeAsync()
    {
        if (!_drop)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
