using Npgsql;
using Roots.Core.Classification;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <remarks>
/// Every write first locks the item's row, so two workers deciding tags of one item at once take turns
/// and each sees the other's result: the rule "user over rule over classifier, removed stays removed"
/// holds across processes as it does in SQLite's single-writer transactions.
/// </remarks>
public sealed partial class PostgresStore : ITagStore
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ItemTag>> GetTagsAsync(long itemId, CancellationToken cancellationToken = default) =>
        (await TagRowsAsync(itemId, null, cancellationToken).ConfigureAwait(false)).Values.ToList();

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> GetRemovedTagsAsync(long itemId, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT tag FROM removed_tags WHERE item_id = @id ORDER BY tag COLLATE \"C\"", null, ("id", itemId));
        return await ListAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<ItemCategory?> GetCategoryAsync(long itemId, CancellationToken cancellationToken = default) =>
        ReadCategoryAsync(itemId, null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> AddUserTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await using var tx = await BeginItemWriteAsync(itemId, cancellationToken).ConfigureAwait(false);
        var existing = await TagRowsAsync(itemId, tx, cancellationToken).ConfigureAwait(false);
        var added = new List<string>();
        foreach (string tag in tags.Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync("DELETE FROM removed_tags WHERE item_id = @id AND tag = @tag", tx, cancellationToken, ("id", itemId), ("tag", tag)).ConfigureAwait(false);
            if (existing.TryGetValue(tag, out var old) && old.Origin == TagOrigin.User)
            {
                continue;
            }

            await UpsertTagAsync(tx, itemId, tag, TagOrigin.User, null, cancellationToken).ConfigureAwait(false);
            added.Add(tag);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> RemoveTagsAsync(long itemId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await using var tx = await BeginItemWriteAsync(itemId, cancellationToken).ConfigureAwait(false);
        var existing = await TagRowsAsync(itemId, tx, cancellationToken).ConfigureAwait(false);
        long now = Now();
        foreach (string tag in tags.Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync("DELETE FROM tags WHERE item_id = @id AND tag = @tag", tx, cancellationToken, ("id", itemId), ("tag", tag)).ConfigureAwait(false);
            // Recorded even when the tag is not there: removing a suggestion is a decision too.
            await ExecuteAsync("INSERT INTO removed_tags (item_id, tag, removed_at) VALUES (@id, @tag, @now) ON CONFLICT DO NOTHING", tx, cancellationToken,
                ("id", itemId), ("tag", tag), ("now", now)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return tags.Distinct(StringComparer.Ordinal).Where(existing.ContainsKey).ToList();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ReplaceAutomaticTagsAsync(
        long itemId, TagOrigin origin, IReadOnlyList<ScoredLabel> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (!origin.IsAutomatic())
        {
            throw new ArgumentException("user tags are added with AddUserTagsAsync", nameof(origin));
        }

        await using var tx = await BeginItemWriteAsync(itemId, cancellationToken).ConfigureAwait(false);
        var existing = await TagRowsAsync(itemId, tx, cancellationToken).ConfigureAwait(false);
        await using var removedCommand = Command("SELECT tag FROM removed_tags WHERE item_id = @id", tx, ("id", itemId));
        var removed = new HashSet<string>(await ListAsync(removedCommand, r => r.GetString(0), cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        var wanted = tags.GroupBy(t => t.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Max(t => t.Confidence), 4), StringComparer.Ordinal);
        foreach (var old in existing.Values.Where(t => t.Origin == origin && !wanted.ContainsKey(t.Tag)))
        {
            await ExecuteAsync("DELETE FROM tags WHERE item_id = @id AND tag = @tag", tx, cancellationToken, ("id", itemId), ("tag", old.Tag)).ConfigureAwait(false);
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

            await UpsertTagAsync(tx, itemId, tag, origin, confidence, cancellationToken).ConfigureAwait(false);
            changed.Add(tag);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <inheritdoc />
    public async ValueTask<bool> SetCategoryAsync(long itemId, string? category, TagOrigin origin, double? confidence, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginItemWriteAsync(itemId, cancellationToken).ConfigureAwait(false);
        var old = await ReadCategoryAsync(itemId, tx, cancellationToken).ConfigureAwait(false);
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
                await ExecuteAsync("DELETE FROM categories WHERE item_id = @id", tx, cancellationToken, ("id", itemId)).ConfigureAwait(false);
            }
        }
        else
        {
            changed = old != new ItemCategory(category, origin, rounded);
            if (changed)
            {
                await ExecuteAsync(
                    """
                    INSERT INTO categories (item_id, category, origin, confidence) VALUES (@id, @category, @origin, @confidence::double precision)
                    ON CONFLICT (item_id) DO UPDATE SET category = excluded.category, origin = excluded.origin, confidence = excluded.confidence
                    """, tx, cancellationToken, ("id", itemId), ("category", category), ("origin", origin.Name()), ("confidence", rounded)).ConfigureAwait(false);
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LabelledItem>> LabelledItemsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            """
            SELECT i.title, v.text,
                   ARRAY(SELECT t.tag FROM tags t WHERE t.item_id = i.id AND t.origin = 'user' ORDER BY t.tag COLLATE "C"),
                   (SELECT c.category FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version
            WHERE EXISTS (SELECT 1 FROM tags t WHERE t.item_id = i.id AND t.origin = 'user')
               OR EXISTS (SELECT 1 FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            ORDER BY i.id
            """);
        return await ListAsync(command, r => new LabelledItem(r.GetString(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.IsDBNull(3) ? null : r.GetString(3)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> UnlabelledItemIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            """
            SELECT i.id FROM items i
            WHERE NOT EXISTS (SELECT 1 FROM tags t WHERE t.item_id = i.id AND t.origin = 'user')
              AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.item_id = i.id AND c.origin = 'user')
            ORDER BY i.id
            """);
        return await ListAsync(command, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>User over rule over classifier: a lower origin never overwrites a higher one.</summary>
    /// <summary>Core's precedence (user over rule over model over classifier), the same in both stores.</summary>
    private static int TagRank(TagOrigin origin) => origin.Rank();

    /// <summary>Begins a transaction holding the item's row, so decisions about one item's tags are taken one at a time.</summary>
    private async ValueTask<NpgsqlTransaction> BeginItemWriteAsync(long itemId, CancellationToken cancellationToken)
    {
        var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("SELECT 1 FROM items WHERE id = @id FOR NO KEY UPDATE", tx, cancellationToken, ("id", itemId)).ConfigureAwait(false);
        return tx;
    }

    private async ValueTask UpsertTagAsync(NpgsqlTransaction tx, long itemId, string tag, TagOrigin origin, double? confidence, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            INSERT INTO tags (item_id, tag, origin, confidence) VALUES (@id, @tag, @origin, @confidence::double precision)
            ON CONFLICT (item_id, tag) DO UPDATE SET origin = excluded.origin, confidence = excluded.confidence
            """, tx, cancellationToken, ("id", itemId), ("tag", tag), ("origin", origin.Name()), ("confidence", confidence)).ConfigureAwait(false);

    private async ValueTask<Dictionary<string, ItemTag>> TagRowsAsync(long itemId, NpgsqlTransaction? tx, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT tag, origin, confidence FROM tags WHERE item_id = @id ORDER BY tag COLLATE \"C\"", tx, ("id", itemId));
        var rows = await ListAsync(command, r => new ItemTag(r.GetString(0), TagOrigins.Parse(r.GetString(1)), r.IsDBNull(2) ? null : r.GetDouble(2)),
            cancellationToken).ConfigureAwait(false);
        var tags = new Dictionary<string, ItemTag>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            tags[row.Tag] = row;
        }

        return tags;
    }

    private async ValueTask<ItemCategory?> ReadCategoryAsync(long itemId, NpgsqlTransaction? tx, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT category, origin, confidence FROM categories WHERE item_id = @id", tx, ("id", itemId));
        var rows = await ListAsync(command, r => new ItemCategory(r.GetString(0), TagOrigins.Parse(r.GetString(1)), r.IsDBNull(2) ? null : r.GetDouble(2)),
            cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }
}
