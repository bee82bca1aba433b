using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Roots.Core.Ports;
using Roots.Core.Transfer;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : ILibraryTransfer
{
    /// <inheritdoc />
    public async IAsyncEnumerable<object?[]> ReadRowsAsync(TransferTable table, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var command = Command($"SELECT {table.ColumnList} FROM {table.Name}");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new object?[table.Columns.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : table.Columns[i].Type switch
                {
                    TransferType.Integer => reader.GetInt64(i),
                    TransferType.Real => reader.GetDouble(i),
                    TransferType.Bytes => (byte[])reader.GetValue(i),
                    _ => reader.GetString(i),
                };
            }

            if (table.Name == "translations")
            {
                // Re-written the one way both stores write it, whatever serializer wrote this row.
                row[4] = TransferValues.ToJsonList(TransferValues.FromJsonList((string)row[4]!));
            }

            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask WriteRowsAsync(TransferTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        using var transaction = _connection.BeginTransaction();
        string values = string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"));
        using var insert = Command($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({values})", transaction);
        var parameters = table.Columns.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i].SqliteType = table.Columns[i].Type switch
            {
                TransferType.Integer => SqliteType.Integer,
                TransferType.Real => SqliteType.Real,
                TransferType.Bytes => SqliteType.Blob,
                _ => SqliteType.Text,
            };
        }

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask FinishTransferAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
