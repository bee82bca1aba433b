using System.Runtime.InteropServices;
using Roots.Core.Ports;
using Roots.Core.Vectors;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IVectorIndex
{
    private VectorCache? _vectorCache;

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
        using var pending = Command(
            "INSERT INTO related_pending (item_id, model) VALUES ($id, $model) ON CONFLICT (item_id) DO UPDATE SET model = excluded.model", transaction);
        long now = Now();
        foreach (var embedding in batch)
        {
            pending.Parameters.Clear();
            pending.Parameters.AddWithValue("$id", embedding.ItemId);
            pending.Parameters.AddWithValue("$model", embedding.Model);
            pending.ExecuteNonQuery();
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
        ForgetVectors();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> PendingRelatedAsync(string model, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT item_id FROM related_pending WHERE model = $model ORDER BY item_id");
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(ids);
    }

    /// <inheritdoc />
    public ValueTask MarkRelatedStoredAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        using var command = Command("DELETE FROM related_pending WHERE item_id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', itemIds) + "]");
        command.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<VectorMatrix> LoadVectorsAsync(string model, CancellationToken cancellationToken = default)
    {
        // PRAGMA data_version changes only when another connection commits, so while nobody else
        // writes, a cached matrix is known to be current without any query. When someone did (the
        // background embedder, an import), the row count and the latest write time — both read
        // from an index, never from the vector blobs — tell whether the vectors changed.
        long dataVersion = DataVersion();
        if (_vectorCache is { } cached && cached.Model == model && cached.DataVersion == dataVersion)
        {
            return ValueTask.FromResult(cached.Shared.Matrix);
        }

        var (count, stamp) = VectorStamp(model);
        if (_vectorCache is { } older && older.Model == model && older.Shared.Count == count && older.Shared.Stamp == stamp)
        {
            _vectorCache = older with { DataVersion = dataVersion };
            return ValueTask.FromResult(older.Shared.Matrix);
        }

        if (!File.Exists(Path))
        {
            // An in-memory database has no name to share by.
            var own = new SharedMatrix(count, stamp, ReadMatrix(model, cancellationToken));
            _vectorCache = new VectorCache(model, dataVersion, own);
            return ValueTask.FromResult(own.Matrix);
        }

        var shared = _matrices.GetOrLoad(System.IO.Path.GetFullPath(Path), model, count, stamp, () => ReadMatrix(model, cancellationToken));

        // This store's reference is what keeps the shared matrix alive.
        _vectorCache = new VectorCache(model, dataVersion, shared);
        return ValueTask.FromResult(shared.Matrix);
    }

    /// <summary>After this store changed vectors: its own matrix and the one shared for its file are both stale.</summary>
    private void ForgetVectors()
    {
        _vectorCache = null;
        if (File.Exists(Path))
        {
            _matrices.Forget(System.IO.Path.GetFullPath(Path));
        }
    }

    private VectorMatrix ReadMatrix(string model, CancellationToken cancellationToken)
    {
        long rows;
        using (var total = Command("SELECT coalesce(sum(chunks), 0) FROM embeddings WHERE model = $model"))
        {
            total.Parameters.AddWithValue("$model", model);
            rows = Convert.ToInt64(total.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var command = Command("SELECT item_id, dims, vectors FROM embeddings WHERE model = $model ORDER BY item_id");
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        VectorMatrix.Builder? builder = null;
        byte[] buffer = new byte[64 * 1024];
        int dims = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (builder is null)
            {
                dims = reader.GetInt32(1);
                builder = VectorMatrix.Create(dims, (int)Math.Min(int.MaxValue / dims, Math.Max(1, rows)));
            }

            if (reader.GetInt32(1) == dims)
            {
                // Into one reused buffer: a fresh array per row would leave the matrix's size again in garbage.
                int length = (int)reader.GetBytes(2, 0, null, 0, 0);
                if (length > buffer.Length)
                {
                    buffer = new byte[Math.Max(length, buffer.Length * 2)];
                }

                reader.GetBytes(2, 0, buffer, 0, length);
                builder.Add(reader.GetInt64(0), MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, length)));
            }
        }

        return builder?.Build() ?? VectorMatrix.Empty(1);
    }

    private long DataVersion()
    {
        using var command = Command("PRAGMA data_version");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private (long Count, long Stamp) VectorStamp(string model)
    {
        using var command = Command("SELECT count(*), coalesce(max(updated_at), 0) FROM embeddings WHERE model = $model");
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private sealed record VectorCache(string Model, long DataVersion, SharedMatrix Shared);


    /// <inheritdoc />
    public ValueTask ClearEmbeddingsAsync(CancellationToken cancellationToken = default)
    {
        using (var transaction = _connection.BeginTransaction())
        {
            using var clear = Command("DELETE FROM related_pending; DELETE FROM embeddings;", transaction);
            clear.ExecuteNonQuery();
            transaction.Commit();
        }

        ForgetVectors();
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
