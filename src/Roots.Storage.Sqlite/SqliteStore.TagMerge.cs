using Microsoft.Data.Sqlite;
using Roots.Core.Classification;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagCount>> ListTagCountsAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command(
            """
            SELECT tag, count(*), sum(CASE WHEN origin = 'user' THEN 1 ELSE 0 END) FROM tags
            GROUP BY tag ORDER BY count(*) DESC, tag
            """);
        using var reader = command.ExecuteReader();
        var counts = new List<TagCount>();
        while (reader.Read())
        {
            counts.Add(new TagCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return ValueTask.FromResult<IReadOnlyList<TagCount>>(counts);
    }

    /// <inheritdoc />
    public ValueTask<int> MergeTagAsync(string from, string into, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(into);
        using var transaction = _connection.BeginTransaction();
        var tags = new List<(long, ItemTag)>();
        using (var command = Command("SELECT item_id, tag, origin, confidence FROM tags WHERE tag IN ($from, $into)", transaction))
        {
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$into", into);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tags.Add((reader.GetInt64(0), new ItemTag(reader.GetString(1), TagOrigins.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetDouble(3))));
            }
        }

        var removed = new List<(long, string)>();
        using (var command = Command("SELECT item_id, tag FROM removed_tags WHERE tag IN ($from, $into)", transaction))
        {
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$into", into);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                removed.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var (steps, items) = TagMerge.Plan(from, into, tags, removed);
        long now = Now();
        foreach (var step in steps)
        {
            ApplyMergeStep(transaction, step, now);
        }

        transaction.Commit();
        return ValueTask.FromResult(items);
    }

    private void ApplyMergeStep(SqliteTransaction transaction, TagMergeStep step, long now)
    {
        switch (step.Action)
        {
            case TagMergeAction.SetTag:
                RunTagSql(transaction, "INSERT OR REPLACE INTO tags (item_id, tag, origin, confidence) VALUES ($id, $tag, $origin, $confidence)",
                    ("$id", step.ItemId), ("$tag", step.Tag), ("$origin", step.Origin.Name()), ("$confidence", step.Confidence));
                break;
            case TagMergeAction.DeleteTag:
                RunTagSql(transaction, "DELETE FROM tags WHERE item_id = $id AND tag = $tag", ("$id", step.ItemId), ("$tag", step.Tag));
                break;
            case TagMergeAction.AddRemoved:
                RunTagSql(transaction, "INSERT OR IGNORE INTO removed_tags (item_id, tag, removed_at) VALUES ($id, $tag, $now)",
                    ("$id", step.ItemId), ("$tag", step.Tag), ("$now", now));
                break;
            default:
                RunTagSql(transaction, "DELETE FROM removed_tags WHERE item_id = $id AND tag = $tag", ("$id", step.ItemId), ("$tag", step.Tag));
                break;
        }
    }
}
