using Npgsql;
using Roots.Core.Ports;
using Roots.Core.Vectors;

namespace Roots.Storage.Postgres;

/// <remarks>
/// Vectors are one <c>real[]</c> per item (all passages one after another). Every write of vectors bumps
/// the single <c>vector_changes</c> counter in the same transaction, so a search learns whether its cached
/// matrix is current from one primary-key read, never by reading vectors; the counter row also makes
/// concurrent saves take turns, which keeps the bump and the rows it announces in the same commit order.
/// </remarks>
public sealed partial class PostgresStore : IVectorIndex
{
    private const string PendingJoin =
        "LEFT JOIN embeddings e ON e.item_id = i.id AND e.version = i.current_version AND e.model = @model WHERE e.item_id IS NULL";

    private VectorCache? _vectorCache;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> PendingEmbeddingAsync(string model, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT i.id FROM items i {PendingJoin} ORDER BY i.id LIMIT @limit", null,
            ("model", model), ("limit", limit < 0 ? null : (long)limit));
        return await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> CountPendingEmbeddingAsync(string model, CancellationToken cancellationToken = default) =>
        (long)(await ScalarAsync($"SELECT count(*) FROM items i {PendingJoin}", null, cancellationToken, ("model", model)).ConfigureAwait(false))!;

    /// <inheritdoc />
    public async ValueTask SaveEmbeddingsAsync(IReadOnlyList<ItemEmbedding> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("UPDATE vector_changes SET changes = changes + 1 WHERE id = 1", tx, cancellationToken).ConfigureAwait(false);
        long now = Now();
        foreach (var embedding in batch)
        {
            await ExecuteAsync(
                """
                INSERT INTO embeddings (item_id, version, model, dims, chunks, vectors, updated_at)
                VALUES (@id, @version, @model, @dims, @chunks, @vectors, @now)
                ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, model = excluded.model, dims = excluded.dims,
                    chunks = excluded.chunks, vectors = excluded.vectors, updated_at = excluded.updated_at
                """, tx, cancellationToken,
                ("id", embedding.ItemId), ("version", embedding.Version), ("model", embedding.Model), ("dims", embedding.Dimensions),
                ("chunks", embedding.Chunks), ("vectors", embedding.Vectors), ("now", now)).ConfigureAwait(false);
        }

        await ExecuteAsync(
            """
            INSERT INTO related_pending (item_id, model) SELECT * FROM unnest(@ids::bigint[], @models::text[])
            ON CONFLICT (item_id) DO UPDATE SET model = excluded.model
            """, tx, cancellationToken, ("ids", batch.Select(e => e.ItemId).ToArray()), ("models", batch.Select(e => e.Model).ToArray())).ConfigureAwait(false);

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        _vectorCache = null;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> PendingRelatedAsync(string model, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT item_id FROM related_pending WHERE model = @model ORDER BY item_id", null, ("model", model));
        return await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask MarkRelatedStoredAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await ExecuteAsync("DELETE FROM related_pending WHERE item_id = ANY(@ids)", null, cancellationToken, ("ids", itemIds.ToArray())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<VectorMatrix> LoadVectorsAsync(string model, CancellationToken cancellationToken = default)
    {
        long changes = (long)(await ScalarAsync("SELECT changes FROM vector_changes WHERE id = 1", null, cancellationToken).ConfigureAwait(false))!;
        if (_vectorCache is { } cached && cached.Model == model && cached.Changes == changes)
        {
            return cached.Matrix;
        }

        // One repeatable-read snapshot: the counter and the vectors read are of the same moment.
        await using var tx = await _connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        changes = (long)(await ScalarAsync("SELECT changes FROM vector_changes WHERE id = 1", tx, cancellationToken).ConfigureAwait(false))!;
        var matrix = await ReadMatrixAsync(model, tx, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        _vectorCache = new VectorCache(model, changes, matrix);
        return matrix;
    }

    /// <summary>Streams the vectors of <paramref name="model"/> into a matrix allocated once at its exact size.</summary>
    private async ValueTask<VectorMatrix> ReadMatrixAsync(string model, NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        long rows = (long)(await ScalarAsync("SELECT coalesce(sum(chunks), 0)::bigint FROM embeddings WHERE model = @model", tx, cancellationToken,
            ("model", model)).ConfigureAwait(false))!;
        await using var command = Command("SELECT item_id, dims, vectors FROM embeddings WHERE model = @model ORDER BY item_id", tx, ("model", model));
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        VectorMatrix.Builder? builder = null;
        int dims = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long id = reader.GetInt64(0);
            int rowDims = reader.GetInt32(1);
            float[] vectors = await reader.GetFieldValueAsync<float[]>(2, cancellationToken).ConfigureAwait(false);
            if (builder is null)
            {
                dims = rowDims;
                builder = VectorMatrix.Create(dims, (int)Math.Min(int.MaxValue / dims, Math.Max(1, rows)));
            }

            if (rowDims == dims)
            {
                builder.Add(id, vectors);
            }
        }

        return builder?.Build() ?? VectorMatrix.Empty(1);
    }

    private sealed record VectorCache(string Model, long Changes, VectorMatrix Matrix);

    /// <inheritdoc />
    public async ValueTask ClearEmbeddingsAsync(CancellationToken cancellationToken = default)
    {
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("UPDATE vector_changes SET changes = changes + 1 WHERE id = 1", tx, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM related_pending", tx, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM embeddings", tx, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        _vectorCache = null;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlySet<long>> MatchingIdsAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var command = Command("");
        command.CommandText = "SELECT i.id FROM items i " + FilterSql.Build(filter, command, "i");
        return (await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).ToHashSet();
    }
}
