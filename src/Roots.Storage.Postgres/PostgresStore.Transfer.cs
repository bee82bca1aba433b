using System.Runtime.CompilerServices;
using Npgsql;
using Roots.Core.Ports;
using Roots.Core.Transfer;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : ILibraryTransfer
{
    /// <summary>Rows sent to the server in one batch.</summary>
    private const int TransferBatch = 500;

    /// <inheritdoc />
    public async IAsyncEnumerable<object?[]> ReadRowsAsync(TransferTable table, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var command = Command($"SELECT {table.ColumnList} FROM {table.Name}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new object?[table.Columns.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : ReadValue(reader, i, table.Columns[i].Type);
            }

            yield return row;
        }
    }

    /// <inheritdoc />
    public async ValueTask WriteRowsAsync(TransferTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var casts = table.Columns.Select((c, i) => $"${i + 1}{CastOf(table, c)}");
        string sql = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", casts)})";
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in rows.Chunk(TransferBatch))
        {
            await using var batch = new NpgsqlBatch(_connection, transaction);
            foreach (var row in chunk)
            {
                var command = new NpgsqlBatchCommand(sql);
                for (int i = 0; i < row.Length; i++)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = WriteValue(table, table.Columns[i], row[i]) });
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FinishTransferAsync(CancellationToken cancellationToken = default)
    {
        // Copied rows kept their ids; the identity generators must go on after them.
        const string Sql = """
            SELECT setval(pg_get_serial_sequence('items', 'id'), coalesce((SELECT max(id) FROM items), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('feeds', 'id'), coalesce((SELECT max(id) FROM feeds), 0) + 1, false);
            UPDATE vector_changes SET changes = changes + 1;
            """;
        await using var command = Command(Sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static object ReadValue(NpgsqlDataReader reader, int ordinal, TransferType type)
    {
        object value = reader.GetValue(ordinal);
        return (type, value) switch
        {
            (TransferType.Integer, bool flag) => flag ? 1L : 0L,
            (TransferType.Integer, _) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            (TransferType.Real, _) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
            (TransferType.Bytes, float[] vectors) => TransferValues.FromFloats(vectors),
            (TransferType.Text, string[] list) => TransferValues.ToJsonList(list),
            _ => value,
        };
    }

    private static object WriteValue(TransferTable table, TransferColumn column, object? value) => (column.Name, value) switch
    {
        (_, null) => DBNull.Value,
        ("vectors", byte[] bytes) => TransferValues.ToFloats(bytes),
        ("keywords", string json) when table.Name == "translations" => TransferValues.FromJsonList(json),
        ("full" or "estimated", long flag) => flag != 0,
        _ => value,
    };

    private static string CastOf(TransferTable table, TransferColumn column) => column.Type switch
    {
        TransferType.Integer when column.Name is "full" or "estimated" => "::boolean",
        TransferType.Integer => "::bigint",
        TransferType.Real => "::double precision",
        TransferType.Bytes => "::real[]",
        _ when column.Name == "keywords" && table.Name == "translations" => "::text[]",
        _ => "::text",
    };
}
