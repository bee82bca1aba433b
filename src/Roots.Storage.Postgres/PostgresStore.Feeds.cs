using System.Globalization;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IFeedStore
{
    private const string FeedColumns =
        "f.id, f.url, f.title, f.every_seconds, f.\"full\", f.etag, f.last_modified, f.last_polled_at, f.last_error, f.next_due, " +
        "(SELECT count(*) FROM feed_entries e WHERE e.feed_id = f.id)";

    /// <inheritdoc />
    public async ValueTask<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan every, bool full, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        // xmax = 0 only on a freshly inserted row: whether this call created the feed, decided in the same statement.
        object? created = await ScalarAsync(
            """
            INSERT INTO feeds (url, every_seconds, "full", next_due, created_at) VALUES (@url, @every, @full, @now, @now)
            ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds, "full" = excluded."full"
            RETURNING (xmax = 0)
            """, null, cancellationToken, ("url", url), ("every", (long)every.TotalSeconds), ("full", full), ("now", Now())).ConfigureAwait(false);
        var feeds = await ReadFeedsAsync("WHERE f.url = @key", url, cancellationToken).ConfigureAwait(false);
        return (feeds[0], created is true);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default) =>
        await ReadFeedsAsync("", null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<Feed?> FindFeedAsync(string urlOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urlOrId);
        var found = await ReadFeedsAsync("WHERE f.url = @key", urlOrId, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0 && long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            found = await ReadFeedsAsync("WHERE f.id = @key", id, cancellationToken).ConfigureAwait(false);
        }

        return found.FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveFeedAsync(long feedId, CancellationToken cancellationToken = default)
    {
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM feed_entries WHERE feed_id = @id", tx, cancellationToken, ("id", feedId)).ConfigureAwait(false);
        bool removed = await ExecuteAsync("DELETE FROM feeds WHERE id = @id", tx, cancellationToken, ("id", feedId)).ConfigureAwait(false) == 1;
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <inheritdoc />
    public async ValueTask RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        // A failed poll keeps the validators and title of the last good one.
        await ExecuteAsync(
            """
            UPDATE feeds SET
                title = coalesce(@title::text, title),
                etag = CASE WHEN @error::text IS NULL THEN @etag::text ELSE etag END,
                last_modified = CASE WHEN @error::text IS NULL THEN @modified::bigint ELSE last_modified END,
                last_polled_at = @polled, last_error = @error::text, next_due = @due
            WHERE id = @id
            """, null, cancellationToken,
            ("id", feedId), ("title", poll.Title), ("etag", poll.ETag), ("modified", poll.LastModified?.ToUnixTimeMilliseconds()),
            ("error", poll.Error), ("polled", poll.PolledAt.ToUnixTimeMilliseconds()), ("due", poll.NextDue.ToUnixTimeMilliseconds())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> NewEntriesAsync(long feedId, IReadOnlyList<string> entryKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        await using var command = Command("SELECT entry_key FROM feed_entries WHERE feed_id = @id AND entry_key = ANY(@keys)", null,
            ("id", feedId), ("keys", entryKeys.ToArray()));
        var known = new HashSet<string>(await ListAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        return entryKeys.Where(k => !known.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async ValueTask AddEntriesAsync(long feedId, IReadOnlyList<(string EntryKey, long? ItemId)> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (entryKey, itemId) in entries)
        {
            await ExecuteAsync(
                """
                INSERT INTO feed_entries (feed_id, entry_key, item_id) VALUES (@feed, @key, @item::bigint)
                ON CONFLICT (feed_id, entry_key) DO UPDATE SET item_id = coalesce(excluded.item_id, feed_entries.item_id)
                """, tx, cancellationToken, ("feed", feedId), ("key", entryKey), ("item", itemId)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<FeedValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT etag, last_modified FROM url_validators WHERE url = @url", null, ("url", url));
        var rows = await ListAsync(command, r => new FeedValidators(
            r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1))), cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask SaveValidatorsAsync(IReadOnlyList<(string Url, FeedValidators Validators)> validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validators);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long now = Now();
        foreach (var (url, v) in validators)
        {
            await ExecuteAsync(
                """
                INSERT INTO url_validators (url, etag, last_modified, updated_at) VALUES (@url, @etag::text, @modified::bigint, @now)
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at
                """, tx, cancellationToken, ("url", url), ("etag", v.ETag), ("modified", v.LastModified?.ToUnixTimeMilliseconds()), ("now", now)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<List<Feed>> ReadFeedsAsync(string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {FeedColumns} FROM feeds f {where} ORDER BY f.id");
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return await ListAsync(command, ReadFeed, cancellationToken).ConfigureAwait(false);
    }

    private static Feed ReadFeed(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        TimeSpan.FromSeconds(reader.GetInt64(3)),
        reader.GetBoolean(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
        (int)reader.GetInt64(10));
}
