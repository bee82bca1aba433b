using System.Globalization;
using System.Text.Json;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IMailboxStore
{
    private const string MailboxColumns = "id, url, password_env, tags, uid_validity, last_uid, last_polled_at, last_error, messages";

    /// <inheritdoc />
    public async ValueTask<(Mailbox Mailbox, bool Created)> AddMailboxAsync(string url, string passwordEnv, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(passwordEnv);
        ArgumentNullException.ThrowIfNull(tags);
        // xmax = 0 only on a freshly inserted row: whether this call created the mailbox, decided in the same statement.
        object? created = await ScalarAsync(
            """
            INSERT INTO mailboxes (url, password_env, tags, created_at) VALUES (@url, @env, @tags, @now)
            ON CONFLICT (url) DO UPDATE SET password_env = excluded.password_env, tags = excluded.tags
            RETURNING (xmax = 0)
            """, null, cancellationToken,
            ("url", url), ("env", passwordEnv), ("tags", JsonSerializer.Serialize(tags, StoreJson.Default.IReadOnlyCollectionString)), ("now", Now())).ConfigureAwait(false);
        var mailboxes = await ReadMailboxesAsync("WHERE url = @key", url, cancellationToken).ConfigureAwait(false);
        return (mailboxes[0], created is true);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Mailbox>> ListMailboxesAsync(CancellationToken cancellationToken = default) =>
        await ReadMailboxesAsync("", null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<Mailbox?> FindMailboxAsync(string urlOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urlOrId);
        var found = await ReadMailboxesAsync("WHERE url = @key", urlOrId, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0 && long.TryParse(urlOrId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            found = await ReadMailboxesAsync("WHERE id = @key", id, cancellationToken).ConfigureAwait(false);
        }

        return found.FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveMailboxAsync(long mailboxId, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM mailboxes WHERE id = @id", null, cancellationToken, ("id", mailboxId)).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async ValueTask RecordMailboxProgressAsync(long mailboxId, long uidValidity, long lastUid, int taken, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE mailboxes SET uid_validity = @validity, last_uid = @uid, messages = messages + @taken WHERE id = @id", null, cancellationToken,
            ("id", mailboxId), ("validity", uidValidity), ("uid", lastUid), ("taken", (long)taken)).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask RecordMailboxPollAsync(long mailboxId, DateTimeOffset polledAt, string? error, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE mailboxes SET last_polled_at = @polled, last_error = @error::text WHERE id = @id", null, cancellationToken,
            ("id", mailboxId), ("polled", polledAt.ToUnixTimeMilliseconds()), ("error", error)).ConfigureAwait(false);

    private async ValueTask<List<Mailbox>> ReadMailboxesAsync(string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {MailboxColumns} FROM mailboxes {where} ORDER BY id");
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return await ListAsync(command, ReadMailbox, cancellationToken).ConfigureAwait(false);
    }

    private static Mailbox ReadMailbox(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        [.. JsonSerializer.Deserialize(reader.GetString(3), StoreJson.Default.IReadOnlyCollectionString) ?? []],
        reader.IsDBNull(4) ? null : reader.GetInt64(4),
        reader.GetInt64(5),
        reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.GetInt64(8));
}
