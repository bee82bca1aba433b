using System.Runtime.InteropServices;
using Roots.Core.Ports;
using Roots.Core.Vectors;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IVectorIndex
{
    private (string Model, long Count, long Stamp, VectorMatrix Matrix)? _vectorCache;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> PendingEmbeddingAsync(string model, int limit, CancellationToken cancellationToken = default)
    {
        using var command = Command($"SELECT i.id FROM items i {PendingJoin} ORDER BY i.id LIMIT $limit");
        command.Parameters.AddWithValue("$model", model);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(ids);
    }

    /// <inheritdoc />
    public ValueTask<long> CountPendingEmbeddingAsync(string model, CancellationToken cancellationToken = default)
    {
        using var command = Command($"SELECT count(*) FROM items i {PendingJoin}");
        command.Parameters.AddWithValue("$model", model);
        return ValueTask.FromResult(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private const string PendingJoin =
        "LEFT JOIN embeddings e ON e.item_id = i.id AND e.version = i.current_version AND e.model = $model WHERE e.item_id IS NULL";

    /// <inheritdoc />
    public ValueTask SaveEmbeddingsAsync(IReadOnlyList<ItemEmbedding> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var transaction = _connection.BeginTransaction();
        using var upsert = Command(
            """
            INSERT INTO embeddings (item_id, version, model, dims, chunks, vectors, updated_at)
            VALUES ($id, $version, $model, $dims, $chunks, $vectors, $now)
            ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, model = excluded.model, dims = excluded.dims,
                chunks = excluded.chunks, vectors = excluded.vectors, updated_at = excluded.updated_at
            """, transaction);
        long now = Now();
        foreach (var embedding in batch)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", embedding.ItemId);
            upsert.Parameters.AddWithValue("$version", embedding.Version);
            upsert.Parameters.AddWithValue("$model", embedding.Model);
            upsert.Parameters.AddWithValue("$dims", embedding.Dimensions);
            upsert.Parameters.AddWithValue("$chunks", embedding.Chunks);
            upsert.Parameters.AddWithValue("$vectors", MemoryMarshal.AsBytes(embedding.Vectors.AsSpan()).ToArray());
            upsert.Parameters.AddWithValue("$now", now);
            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
        _vectorCache = null;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<VectorMatrix> LoadVectorsAsync(string model, CancellationToken cancellationToken = default)
    {
        // Another process (the background embedder) may have added vectors since the last load:
        // the row count and the latest write time tell, for the price of one index lookup.
        var (count, stamp, dims, rows) = VectorStamp(model);
        if (_vectorCache is { } cached && cached.Model == model && cached.Count == count && cached.Stamp == stamp)
        {
            return ValueTask.FromResult(cached.Matrix);
        }

        var builder = VectorMatrix.Create(dims == 0 ? 1 : dims, (int)Math.Max(1, rows));
        using (var command = Command("SELECT item_id, vectors FROM embeddings WHERE model = $model AND dims = $dims ORDER BY item_id"))
        {
            command.Parameters.AddWithValue("$model", model);
            command.Parameters.AddWithValue("$dims", dims);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                byte[] blob = (byte[])reader.GetValue(1);
                builder.Add(reader.GetInt64(0), MemoryMarshal.Cast<byte, float>(blob));
            }
        }

        var matrix = builder.Build();
        _vectorCache = (model, count, stamp, matrix);
        return ValueTask.FromResult(matrix);
    }

    private (long Count, long Stamp, int Dims, long Rows) VectorStamp(string model)
    {
        using var command = Command("SELECT count(*), coalesce(max(updated_at), 0), coalesce(max(dims), 0), coalesce(sum(chunks), 0) FROM embeddings WHERE model = $model");
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt64(3));
    }

    /// <inheritdoc />
    public ValueTask ClearEmbeddingsAsync(CancellationToken cancellationToken = default)
    {
        Execute(_connection, "DELETE FROM embeddings");
        _vectorCache = null;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlySet<long>> MatchingIdsAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT i.id FROM items i " + FilterSql.Build(filter, command, "i");
        using var reader = command.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlySet<long>>(ids);
    }
}
