using System.Globalization;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IFeedStore
{
    private const string FeedColumns =
        "f.id, f.url, f.title, f.every_seconds, f.full, f.etag, f.last_modified, f.last_polled_at, f.last_error, f.next_due, " +
        "(SELECT count(*) FROM feed_entries e WHERE e.feed_id = f.id)";

    /// <inheritdoc />
    public ValueTask<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan every, bool full, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        bool created = ReadFeeds("WHERE f.url = $key", url).Count == 0;
        using (var insert = Command(
            """
            INSERT INTO feeds (url, every_seconds, full, next_due, created_at) VALUES ($url, $every, $full, $now, $now)
            ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds, full = excluded.full
            """))
        {
            insert.Parameters.AddWithValue("$url", url);
            insert.Parameters.AddWithValue("$every", (long)every.TotalSeconds);
            insert.Parameters.AddWithValue("$full", full);
            insert.Parameters.AddWithValue("$now", Now());
            insert.ExecuteNonQuery();
        }

        return ValueTask.FromResult((ReadFeeds("WHERE f.url = $key", url)[0], created));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Feed>>(ReadFeeds("", null));

    /// <inheritdoc />
    public ValueTask<Feed?> FindFeedAsync(string urlOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urlOrId);
        var byUrl = ReadFeeds("WHERE f.url = $key", urlOrId);
        if (byUrl.Count == 0 && long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            byUrl = ReadFeeds("WHERE f.id = $key", id);
        }

        return ValueTask.FromResult(byUrl.FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveFeedAsync(long feedId, CancellationToken cancellationToken = default)
    {
        using var transaction = _connection.BeginTransaction();
        using (var entries = Command("DELETE FROM feed_entries WHERE feed_id = $id", transaction))
        {
            entries.Parameters.AddWithValue("$id", feedId);
            entries.ExecuteNonQuery();
        }

        using var feed = Command("DELETE FROM feeds WHERE id = $id", transaction);
        feed.Parameters.AddWithValue("$id", feedId);
        bool removed = feed.ExecuteNonQuery() == 1;
        transaction.Commit();
        return ValueTask.FromResult(removed);
    }

    /// <inheritdoc />
    public ValueTask RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        // A failed poll keeps the validators and title of the last good one.
        using var update = Command(
            """
            UPDATE feeds SET
                title = coalesce($title, title),
                etag = CASE WHEN $error IS NULL THEN $etag ELSE etag END,
                last_modified = CASE WHEN $error IS NULL THEN $modified ELSE last_modified END,
                last_polled_at = $polled, last_error = $error, next_due = $due
            WHERE id = $id
            """);
        update.Parameters.AddWithValue("$id", feedId);
        update.Parameters.AddWithValue("$title", (object?)poll.Title ?? DBNull.Value);
        update.Parameters.AddWithValue("$etag", (object?)poll.ETag ?? DBNull.Value);
        update.Parameters.AddWithValue("$modified", (object?)poll.LastModified?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        update.Parameters.AddWithValue("$error", (object?)poll.Error ?? DBNull.Value);
        update.Parameters.AddWithValue("$polled", poll.PolledAt.ToUnixTimeMilliseconds());
        update.Parameters.AddWithValue("$due", poll.NextDue.ToUnixTimeMilliseconds());
        update.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> NewEntriesAsync(long feedId, IReadOnlyList<string> entryKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        using var command = Command(
            "SELECT value FROM json_each($keys) WHERE value IN (SELECT entry_key FROM feed_entries WHERE feed_id = $id)");
        command.Parameters.AddWithValue("$id", feedId);
        command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(entryKeys, StoreJson.Default.IReadOnlyCollectionString));
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
            }
        }

        var fresh = entryKeys.Where(k => !known.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        return ValueTask.FromResult<IReadOnlyList<string>>(fresh);
    }

    /// <inheritdoc />
    public ValueTask AddEntriesAsync(long feedId, IReadOnlyList<(string EntryKey, long? ItemId)> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var transaction = _connection.BeginTransaction();
        using var insert = Command(
            "INSERT INTO feed_entries (feed_id, entry_key, item_id) VALUES ($feed, $key, $item) ON CONFLICT DO UPDATE SET item_id = coalesce(excluded.item_id, item_id)",
            transaction);
        insert.Parameters.AddWithValue("$feed", feedId);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var item = insert.Parameters.Add("$item", SqliteType.Integer);
        foreach (var (entryKey, itemId) in entries)
        {
            key.Value = entryKey;
            item.Value = (object?)itemId ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<FeedValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT etag, last_modified FROM url_validators WHERE url = $url");
        command.Parameters.AddWithValue("$url", url);
        using var reader = command.ExecuteReader();
        FeedValidators? found = reader.Read()
            ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : null;
        return ValueTask.FromResult(found);
    }

    /// <inheritdoc />
    public ValueTask SaveValidatorsAsync(IReadOnlyList<(string Url, FeedValidators Validators)> validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validators);
        using var transaction = _connection.BeginTransaction();
        using var upsert = Command(
            """
            INSERT INTO url_validators (url, etag, last_modified, updated_at) VALUES ($url, $etag, $modified, $now)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at
            """, transaction);
        var url = upsert.Parameters.Add("$url", SqliteType.Text);
        var etag = upsert.Parameters.Add("$etag", SqliteType.Text);
        var modified = upsert.Parameters.Add("$modified", SqliteType.Integer);
        upsert.Parameters.AddWithValue("$now", Now());
        foreach (var (u, v) in validators)
        {
            url.Value = u;
            etag.Value = (object?)v.ETag ?? DBNull.Value;
            modified.Value = (object?)v.LastModified?.ToUnixTimeMilliseconds() ?? DBNull.Value;
            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    private List<Feed> ReadFeeds(string where, object? key)
    {
        using var command = Command($"SELECT {FeedColumns} FROM feeds f {where} ORDER BY f.id");
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        using var reader = command.ExecuteReader();
        var feeds = new List<Feed>();
        while (reader.Read())
        {
            feeds.Add(new Feed(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                TimeSpan.FromSeconds(reader.GetInt64(3)),
                reader.GetInt64(4) != 0,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
                reader.GetInt32(10)));
        }

        return feeds;
    }
}
