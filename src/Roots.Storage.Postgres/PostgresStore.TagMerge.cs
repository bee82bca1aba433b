using Npgsql;
using Roots.Core.Classification;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TagCount>> ListTagCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            """
            SELECT tag, count(*), count(*) FILTER (WHERE origin = 'user') FROM tags
            GROUP BY tag ORDER BY count(*) DESC, tag COLLATE "C"
            """);
        return await ListAsync(command, r => new TagCount(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>The rows of both tags are read under <c>FOR UPDATE</c> after the items involved are locked in id order (as every tag write locks its item first), so a merge and a worker tagging one of those items take turns.</remarks>
    public async ValueTask<int> MergeTagAsync(string from, string into, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(into);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            """
            SELECT 1 FROM items WHERE id IN (
                SELECT item_id FROM tags WHERE tag IN (@from, @into) UNION SELECT item_id FROM removed_tags WHERE tag IN (@from, @into))
            ORDER BY id FOR NO KEY UPDATE
            """, tx, cancellationToken, ("from", from), ("into", into)).ConfigureAwait(false);
        await using var tagCommand = Command("SELECT item_id, tag, origin, confidence FROM tags WHERE tag IN (@from, @into)", tx, ("from", from), ("into", into));
        var tags = await ListAsync(tagCommand, r => (r.GetInt64(0), new ItemTag(r.GetString(1), TagOrigins.Parse(r.GetString(2)), r.IsDBNull(3) ? null : r.GetDouble(3))),
            cancellationToken).ConfigureAwait(false);
        await using var removedCommand = Command("SELECT item_id, tag FROM removed_tags WHERE tag IN (@from, @into)", tx, ("from", from), ("into", into));
        var removed = await ListAsync(removedCommand, r => (r.GetInt64(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
        var (steps, items) = TagMerge.Plan(from, into, tags, removed);
        long now = Now();
        foreach (var step in steps)
        {
            await ApplyMergeStepAsync(tx, step, now, cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return items;
    }

    private async ValueTask ApplyMergeStepAsync(NpgsqlTransaction tx, TagMergeStep step, long now, CancellationToken cancellationToken)
    {
        switch (step.Action)
        {
            case TagMergeAction.SetTag:
                await UpsertTagAsync(tx, step.ItemId, step.Tag, step.Origin, step.Confidence, cancellationToken).ConfigureAwait(false);
                break;
            case TagMergeAction.DeleteTag:
                await ExecuteAsync("DELETE FROM tags WHERE item_id = @id AND tag = @tag", tx, cancellationToken, ("id", step.ItemId), ("tag", step.Tag)).ConfigureAwait(false);
                break;
            case TagMergeAction.AddRemoved:
                await ExecuteAsync("INSERT INTO removed_tags (item_id, tag, removed_at) VALUES (@id, @tag, @now) ON CONFLICT DO NOTHING", tx, cancellationToken,
                    ("id", step.ItemId), ("tag", step.Tag), ("now", now)).ConfigureAwait(false);
                break;
            default:
                await ExecuteAsync("DELETE FROM removed_tags WHERE item_id = @id AND tag = @tag", tx, cancellationToken, ("id", step.ItemId), ("tag", step.Tag)).ConfigureAwait(false);
                break;
        }
    }
}
