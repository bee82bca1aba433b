using System.Globalization;
using System.Text.Json;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IMailboxStore
{
    private const string MailboxColumns = "id, url, password_env, tags, uid_validity, last_uid, last_polled_at, last_error, messages";

    /// <inheritdoc />
    public ValueTask<(Mailbox Mailbox, bool Created)> AddMailboxAsync(string url, string passwordEnv, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(passwordEnv);
        ArgumentNullException.ThrowIfNull(tags);
        bool created = ReadMailboxes("WHERE url = $key", url).Count == 0;
        using (var insert = Command(
            """
            INSERT INTO mailboxes (url, password_env, tags, created_at) VALUES ($url, $env, $tags, $now)
            ON CONFLICT (url) DO UPDATE SET password_env = excluded.password_env, tags = excluded.tags
            """))
        {
            insert.Parameters.AddWithValue("$url", url);
            insert.Parameters.AddWithValue("$env", passwordEnv);
            insert.Parameters.AddWithValue("$tags", JsonSerializer.Serialize(tags, StoreJson.Default.IReadOnlyCollectionString));
            insert.Parameters.AddWithValue("$now", Now());
            insert.ExecuteNonQuery();
        }

        return ValueTask.FromResult((ReadMailboxes("WHERE url = $key", url)[0], created));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Mailbox>> ListMailboxesAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Mailbox>>(ReadMailboxes("", null));

    /// <inheritdoc />
    public ValueTask<Mailbox?> FindMailboxAsync(string urlOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urlOrId);
        var found = ReadMailboxes("WHERE url = $key", urlOrId);
        if (found.Count == 0 && long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            found = ReadMailboxes("WHERE id = $key", id);
        }

        return ValueTask.FromResult(found.FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveMailboxAsync(long mailboxId, CancellationToken cancellationToken = default)
    {
        using var delete = Command("DELETE FROM mailboxes WHERE id = $id");
        delete.Parameters.AddWithValue("$id", mailboxId);
        return ValueTask.FromResult(delete.ExecuteNonQuery() == 1);
    }

    /// <inheritdoc />
    public ValueTask RecordMailboxProgressAsync(long mailboxId, long uidValidity, long lastUid, int taken, CancellationToken cancellationToken = default)
    {
        using var update = Command("UPDATE mailboxes SET uid_validity = $validity, last_uid = $uid, messages = messages + $taken WHERE id = $id");
        update.Parameters.AddWithValue("$id", mailboxId);
        update.Parameters.AddWithValue("$validity", uidValidity);
        update.Parameters.AddWithValue("$uid", lastUid);
        update.Parameters.AddWithValue("$taken", taken);
        update.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RecordMailboxPollAsync(long mailboxId, DateTimeOffset polledAt, string? error, CancellationToken cancellationToken = default)
    {
        using var update = Command("UPDATE mailboxes SET last_polled_at = $polled, last_error = $error WHERE id = $id");
        update.Parameters.AddWithValue("$id", mailboxId);
        update.Parameters.AddWithValue("$polled", polledAt.ToUnixTimeMilliseconds());
        update.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        update.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    private List<Mailbox> ReadMailboxes(string where, object? key)
    {
        using var command = Command($"SELECT {MailboxColumns} FROM mailboxes {where} ORDER BY id");
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        using var reader = command.ExecuteReader();
        var mailboxes = new List<Mailbox>();
        while (reader.Read())
        {
            mailboxes.Add(new Mailbox(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                [.. JsonSerializer.Deserialize(reader.GetString(3), StoreJson.Default.IReadOnlyCollectionString) ?? []],
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.GetInt64(5),
                reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt64(8)));
        }

        return mailboxes;
    }
}
