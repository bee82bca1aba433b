using System.Text.Json;
using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <inheritdoc />
    /// <remarks>
    /// The transaction first takes <c>pg_advisory_xact_lock</c> on every source and content hash of the batch,
    /// in ascending key order: a worker keeping the same source or the same content waits until this batch
    /// commits and then sees its items, so two workers never create two items for one source or one content.
    /// </remarks>
    public async ValueTask<IReadOnlyList<KeepOutcome>> KeepAsync(IReadOnlyList<PreparedItem> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = new KeepOutcome[batch.Count];
        if (batch.Count == 0)
        {
            return outcomes;
        }

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long[] keys = LockKeys.Of(batch.Select(i => i.Source), batch.Select(i => i.Original.Sha256));
        await ExecuteAsync("SELECT pg_advisory_xact_lock(k) FROM unnest(@keys::bigint[]) WITH ORDINALITY AS u(k, o) ORDER BY o", transaction, cancellationToken,
            ("keys", keys)).ConfigureAwait(false);
        var delta = new IndexDelta();
        long now = Now();
        double referenceLength = await ReferenceLengthAsync(transaction,
            batch.Average(i => (double)(Tokens(i.TitleTerms) + Tokens(i.BodyTerms))), cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < batch.Count; i++)
        {
            outcomes[i] = await KeepOneAsync(transaction, batch[i], now, referenceLength, delta, cancellationToken).ConfigureAwait(false);
        }

        await ApplyIndexDeltaAsync(delta, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>How many space-separated terms <paramref name="terms"/> holds.</summary>
    private static int Tokens(string terms)
    {
        int count = 0;
        foreach (var range in terms.AsSpan().Split(' '))
        {
            count += range.End.Value > range.Start.Value ? 1 : 0;
        }

        return count;
    }

    private async ValueTask<KeepOutcome> KeepOneAsync(NpgsqlTransaction tx, PreparedItem item, long now, double referenceLength, IndexDelta delta, CancellationToken ct)
    {
        // An item restored from the archive keeps the time it was first collected.
        now = item.CollectedAt?.ToUnixTimeMilliseconds() ?? now;
        var known = await FindSourceForKeepAsync(tx, item.Source, ct).ConfigureAwait(false);
        if (known is { } existing && existing.Sha256 == item.Original.Sha256)
        {
            await ExecuteAsync("UPDATE items SET source_stamp = @stamp WHERE id = @id AND @stamp::bigint IS NOT NULL", tx, ct,
                ("id", existing.ItemId), ("stamp", item.SourceStamp)).ConfigureAwait(false);
            return new KeepOutcome(KeepResult.Unchanged, existing.ItemId, existing.Version);
        }

        object? holder = await ScalarAsync(
            "SELECT i.id FROM versions v JOIN items i ON i.id = v.item_id AND i.current_version = v.number WHERE v.sha256 = @sha LIMIT 1",
            tx, ct, ("sha", item.Original.Sha256)).ConfigureAwait(false);
        if (holder is long other && other != known?.ItemId)
        {
            return new KeepOutcome(KeepResult.Duplicate, other, 0);
        }

        long id;
        int version;
        if (known is { } previous)
        {
            id = previous.ItemId;
            version = previous.Version + 1;
            await ExecuteAsync(
                """
                UPDATE items SET kind = @kind, title = @title, lang = @lang, url = coalesce(@url::text, url), published = coalesce(@published::text, published),
                    current_version = @version, source_stamp = @stamp, updated_at = @now WHERE id = @id
                """, tx, ct,
                ("id", id), ("kind", item.Kind), ("title", Clean(item.Title)), ("lang", item.Language), ("url", item.Url),
                ("published", item.Published), ("version", version), ("stamp", item.SourceStamp), ("now", now)).ConfigureAwait(false);
        }
        else
        {
            version = 1;
            id = (long)(await ScalarAsync(
                """
                INSERT INTO items (external_id, source, kind, title, lang, url, published, current_version, source_stamp, created_at, updated_at)
                VALUES (@external, @source, @kind, @title, @lang, @url, @published, 1, @stamp, @now, @now) RETURNING id
                """, tx, ct,
                ("external", item.ExternalId), ("source", item.Source), ("kind", item.Kind), ("title", Clean(item.Title)), ("lang", item.Language),
                ("url", item.Url), ("published", item.Published), ("stamp", item.SourceStamp), ("now", now)).ConfigureAwait(false))!;
        }

        await InsertVersionAsync(tx, id, version, item, now, ct).ConfigureAwait(false);
        // A tag the user removed from an item stays removed when a re-import or a changed file carries it again.
        await ExecuteAsync(
            """
            INSERT INTO tags (item_id, tag, origin) SELECT @id, t, 'user' FROM unnest(@tags::text[]) AS t
            WHERE NOT EXISTS (SELECT 1 FROM removed_tags r WHERE r.item_id = @id AND r.tag = t)
            ON CONFLICT DO NOTHING
            """, tx, ct, ("id", id), ("tags", item.Tags.ToArray())).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM identifiers WHERE item_id = @id", tx, ct, ("id", id)).ConfigureAwait(false);
        await ExecuteAsync(
            "INSERT INTO identifiers (item_id, kind, value) SELECT @id, k, v FROM unnest(@kinds::text[], @values::text[]) AS u(k, v) ON CONFLICT DO NOTHING",
            tx, ct, ("id", id), ("kinds", item.Identifiers.Select(x => x.Scheme).ToArray()),
            ("values", item.Identifiers.Select(x => x.Value).ToArray())).ConfigureAwait(false);
        await IndexDocAsync(tx, id, DocTerms.Of(item.TitleTerms, item.BodyTerms), replace: known is not null, referenceLength, delta, ct).ConfigureAwait(false);
        return new KeepOutcome(known is null ? KeepResult.Added : KeepResult.NewVersion, id, version);
    }

    private async ValueTask<(long ItemId, int Version, string Sha256)?> FindSourceForKeepAsync(NpgsqlTransaction tx, string source, CancellationToken ct)
    {
        await using var command = Command(
            "SELECT i.id, i.current_version, v.sha256 FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version WHERE i.source = @source",
            tx, ("source", source));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    private async ValueTask InsertVersionAsync(NpgsqlTransaction tx, long id, int version, PreparedItem item, long now, CancellationToken ct)
    {
        string? fields = item.Fields is { Count: > 0 } f
            ? JsonSerializer.Serialize(f.ToDictionary(p => Clean(p.Key)!, p => Clean(p.Value)!), StoreJson.Default.DictionaryStringString)
            : null;
        await ExecuteAsync(
            """
            INSERT INTO versions (item_id, number, sha256, size, media_type, collected_at, text, fields)
            VALUES (@id, @version, @sha, @size, @media, @now, @text, @fields)
            """, tx, ct,
            ("id", id), ("version", version), ("sha", item.Original.Sha256), ("size", item.Original.Size), ("media", item.MediaType),
            ("now", now), ("text", Clean(item.Text)), ("fields", fields)).ConfigureAwait(false);
    }
}
