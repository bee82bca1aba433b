using Microsoft.Data.Sqlite;
using Roots.Core.Classification;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ItemTag>> GetTagsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT tag, origin, confidence FROM tags WHERE item_id = $id ORDER BY tag");
        command.Parameters.AddWithValue("$id", itemId);
        return ValueTask.FromResult<IReadOnlyList<ItemTag>>(ReadTagRows(command).Values.ToList());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetRemovedTagsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT tag FROM removed_tags WHERE item_id = $id ORDER BY tag");
        command.Parameters.AddWithValue("$id", itemId);
        return ValueTask.FromResult<IReadOnlyList<string>>(ReadTagStrings(command));
    }

    /// <inheritdoc />
    public ValueTask<ItemCategory?> GetCategoryAsync(long itemId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReadTagCategory(itemId, null));

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> AddUserTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        using var transaction = _connection.BeginTransaction();
        var existing = TagRowsOf(itemId, transaction);
        var added = new List<string>();
        foreach (string tag in tags.Distinct(StringComparer.Ordinal))
        {
            RunTagSql(transaction, "DELETE FROM removed_tags WHERE item_id = $id AND tag = $tag", ("$id", itemId), ("$tag", tag));
            if (existing.TryGetValue(tag, out var old) && old.Origin == TagOrigin.User)
            {
                continue;
            }

            RunTagSql(transaction, "INSERT OR REPLACE INTO tags (item_id, tag, origin, confidence) VALUES ($id, $tag, 'user', NULL)", ("$id", itemId), ("$tag", tag));
            added.Add(tag);
        }

        transaction.Commit();
        return ValueTask.FromResult<IReadOnlyList<string>>(added);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> RemoveTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        using var transaction = _connection.BeginTransaction();
        var existing = TagRowsOf(itemId, transaction);
        long now = Now();
        foreach (string tag in tags.Distinct(StringComparer.Ordinal))
        {
            RunTagSql(transaction, "DELETE FROM tags WHERE item_id = $id AND tag = $tag", ("$id", itemId), ("$tag", tag));
            // Recorded even when the tag is not there: removing a suggestion is a decision too.
            RunTagSql(transaction, "INSERT OR IGNORE INTO removed_tags (item_id, tag, removed_at) VALUES ($id, $tag, $now)",
                ("$id", itemId), ("$tag", tag), ("$now", now));
        }

        transaction.Commit();
        return ValueTask.FromResult<IReadOnlyList<string>>(tags.Distinct(StringComparer.Ordinal).Where(existing.ContainsKey).ToList());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ReplaceAutomaticTagsAsync(
        long itemId, TagOrigin origin, IReadOnlyList<ScoredLabel> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (!origin.IsAutomatic())
        {
            throw new ArgumentException("user tags are added with AddUserTagsAsync", nameof(origin));
        }

        using var transaction = _connection.BeginTransaction();
        var existing = TagRowsOf(itemId, transaction);
        var removed = RemovedTagsOf(itemId, transaction);
        var wanted = tags.GroupBy(t => t.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Max(t => t.Confidence), 4), StringComparer.Ordinal);
        foreach (var old in existing.Values.Where(t => t.Origin == origin && !wanted.ContainsKey(t.Tag)))
        {
            RunTagSql(transaction, "DELETE FROM tags WHERE item_id = $id AND tag = $tag", ("$id", itemId), ("$tag", old.Tag));
        }

        var changed = new List<string>();
        foreach (var (tag, confidence) in wanted)
        {
            if (removed.Contains(tag))
            {
                continue;
            }

            if (existing.TryGetValue(tag, out var old)
                && (TagRank(old.Origin) > TagRank(origin) || (old.Origin == origin && old.Confidence == confidence)))
            {
                continue;
            }

            RunTagSql(transaction, "INSERT OR REPLACE INTO tags (item_id, tag, origin, confidence) VALUES ($id, $tag, $origin, $confidence)",
                ("$id", itemId), ("$tag", tag), ("$origin", origin.Name()), ("$confidence", confidence));
            changed.Add(tag);
        }

        transaction.Commit();
        return ValueTask.FromResult<IReadOnlyList<string>>(changed);
    }

    /// <inheritdoc />
    public ValueTask<bool> SetCategoryAsync(long itemId, string? category, TagOrigin origin, double? confidence, CancellationToken cancellationToken = default)
    {
        using var transaction = _connection.BeginTransaction();
        var old = ReadTagCategory(itemId, transaction);
        double? rounded = origin == TagOrigin.User ? null : Math.Round(confidence ?? 1, 4);
        bool changed;
        if (old is not null && TagRank(old.Origin) > TagRank(origin))
        {
            changed = false;
        }
        else if (category is null)
        {
            changed = old is not null && (origin == TagOrigin.User || old.Origin == origin);
            if (changed)
            {
                RunTagSql(transaction, "DELETE FROM categories WHERE item_id = $id", ("$id", itemId));
            }
        }
        else
        {
            changed = old != new ItemCategory(category, origin, rounded);
            if (changed)
            {
                RunTagSql(transaction, "INSERT OR REPLACE INTO categories (item_id, category, origin, confidence) VALUES ($id, $category, $origin, $confidence)",
                    ("$id", itemId), ("$category", category), ("$origin", origin.Name()), ("$confidence", rounded));
            }
        }

        transaction.Commit();
        return ValueTask.FromResult(changed);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LabelledItem>> LabelledItemsAsync(CancellationToken cancellationToken = default)
    {
        var tags = new Dictionary<long, List<string>>();
        using (var command = Command("SELECT item_id, tag FROM tags WHERE origin = 'user' ORDER BY item_id, tag"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                long id = reader.GetInt64(0);
                if (!tags.TryGetValue(id, out var list))
                {
                    tags[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var items = new List<LabelledItem>();
        using (var command = Command(
            """
            SELECT i.id, i.title, v.text, (SELECT c.category FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version
            WHERE EXISTS (SELECT 1 FROM tags t WHERE t.item_id = i.id AND t.origin = 'user')
               OR EXISTS (SELECT 1 FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            ORDER BY i.id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(new LabelledItem(reader.GetString(1), reader.GetString(2), tags.GetValueOrDefault(reader.GetInt64(0)) ?? [],
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<LabelledItem>>(items);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> UnlabelledItemIdsAsync(CancellationToken cancellationToken = default)
    {
        using var command = Command(
            """
            SELECT i.id FROM items i
            WHERE NOT EXISTS (SELECT 1 FROM tags t WHERE t.item_id = i.id AND t.origin = 'user')
              AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            ORDER BY i.id
            """);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(ids);
    }

    /// <summary>User over rule over classifier: a lower origin never overwrites a higher one.</summary>
    private static int TagRank(TagOrigin origin) => origin.Rank();

    private Dictionary<string, ItemTag> TagRowsOf(long itemId, SqliteTransaction transaction)
    {
        using var command = Command("SELECT tag, origin, confidence FROM tags WHERE item_id = $id", transaction);
        command.Parameters.AddWithValue("$id", itemId);
        return ReadTagRows(command);
    }

    private HashSet<string> RemovedTagsOf(long itemId, SqliteTransaction transaction)
    {
        using var command = Command("SELECT tag FROM removed_tags WHERE item_id = $id", transaction);
        command.Parameters.AddWithValue("$id", itemId);
        return new HashSet<string>(ReadTagStrings(command), StringComparer.Ordinal);
    }

    private ItemCategory? ReadTagCategory(long itemId, SqliteTransaction? transaction)
    {
        using var command = Command("SELECT category, origin, confidence FROM categories WHERE item_id = $id", transaction);
        command.Parameters.AddWithValue("$id", itemId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ItemCategory(reader.GetString(0), TagOrigins.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetDouble(2))
            : null;
    }

    private static Dictionary<string, ItemTag> ReadTagRows(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var tags = new Dictionary<string, ItemTag>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string tag = reader.GetString(0);
            tags[tag] = new ItemTag(tag, TagOrigins.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetDouble(2));
        }

        return tags;
    }

    private static List<string> ReadTagStrings(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private void RunTagSql(SqliteTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        using var command = Command(sql, transaction);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
