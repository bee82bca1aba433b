using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KeepOutcome>> KeepAsync(IReadOnlyList<PreparedItem> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = new KeepOutcome[batch.Count];
        using var transaction = _connection.BeginTransaction();
        using var statements = new KeepStatements(this, transaction);
        long now = Now();
        for (int i = 0; i < batch.Count; i++)
        {
            outcomes[i] = KeepOne(statements, batch[i], now);
        }

        if (statements.Deleted.Rows > 0)
        {
            FtsTotals.Subtract(_connection, transaction, statements.Deleted);
        }

        transaction.Commit();
        return ValueTask.FromResult<IReadOnlyList<KeepOutcome>>(outcomes);
    }

    private static KeepOutcome KeepOne(KeepStatements s, PreparedItem item, long now)
    {
        // An item restored from the archive keeps the time it was first collected.
        now = item.CollectedAt?.ToUnixTimeMilliseconds() ?? now;
        var known = s.FindSource(item.Source);
        if (known is { } existing && existing.Sha256 == item.Original.Sha256)
        {
            s.TouchStamp(existing.ItemId, item.SourceStamp);
            return new KeepOutcome(KeepResult.Unchanged, existing.ItemId, existing.Version);
        }

        long? holder = s.FindCurrentHolder(item.Original.Sha256);
        if (holder is { } other && other != known?.ItemId)
        {
            return new KeepOutcome(KeepResult.Duplicate, other, 0);
        }

        if (known is { } previous)
        {
            int version = previous.Version + 1;
            s.UpdateItem(previous.ItemId, item, version, now);
            s.InsertVersion(previous.ItemId, version, item, now);
            s.AddTags(previous.ItemId, item.Tags);
            s.ReplaceIdentifiers(previous.ItemId, item.Identifiers);
            s.Reindex(previous.ItemId, item.TitleTerms, item.BodyTerms, replace: true);
            return new KeepOutcome(KeepResult.NewVersion, previous.ItemId, version);
        }

        long id = s.InsertItem(item, now);
        s.InsertVersion(id, 1, item, now);
        s.AddTags(id, item.Tags);
        s.ReplaceIdentifiers(id, item.Identifiers);
        s.Reindex(id, item.TitleTerms, item.BodyTerms, replace: false);
        return new KeepOutcome(KeepResult.Added, id, 1);
    }

    /// <summary>The prepared statements of one keep transaction, reused for every item of the batch.</summary>
    private sealed class KeepStatements : IDisposable
    {
        private readonly SqliteCommand _findSource, _findHolder, _touch, _insertItem, _updateItem, _insertVersion, _addTag, _docSize, _deleteFts, _insertFts,
            _deleteIdentifiers, _insertIdentifier;

        public KeepStatements(SqliteStore store, SqliteTransaction transaction)
        {
            _findSource = store.Command(
                "SELECT i.id, i.current_version, v.sha256 FROM items i JOIN versions v ON v.item_id = i.id AND v.number = i.current_version WHERE i.source = $source",
                transaction);
            _findHolder = store.Command(
                "SELECT i.id FROM versions v JOIN items i ON i.id = v.item_id AND i.current_version = v.number WHERE v.sha256 = $sha LIMIT 1",
                transaction);
            _touch = store.Command("UPDATE items SET source_stamp = $stamp WHERE id = $id AND $stamp IS NOT NULL", transaction);
            _insertItem = store.Command(
                """
                INSERT INTO items (external_id, source, kind, title, lang, url, published, current_version, source_stamp, created_at, updated_at)
                VALUES ($external, $source, $kind, $title, $lang, $url, $published, 1, $stamp, $now, $now) RETURNING id
                """,
                transaction);
            _updateItem = store.Command(
                """
                UPDATE items SET kind = $kind, title = $title, lang = $lang, url = coalesce($url, url), published = coalesce($published, published),
                    current_version = $version, source_stamp = $stamp, updated_at = $now WHERE id = $id
                """,
                transaction);
            _insertVersion = store.Command(
                """
                INSERT INTO versions (item_id, number, sha256, size, media_type, collected_at, text, fields)
                VALUES ($id, $version, $sha, $size, $media, $now, $text, $fields)
                """,
                transaction);
            // A tag the user removed from an item stays removed when a re-import or a changed file carries it again.
            _addTag = store.Command(
                """
                INSERT OR IGNORE INTO tags (item_id, tag, origin) SELECT $id, $tag, 'user'
                WHERE NOT EXISTS (SELECT 1 FROM removed_tags WHERE item_id = $id AND tag = $tag)
                """,
                transaction);
            _docSize = store.Command("SELECT sz FROM fts_docsize WHERE id = $id", transaction);
            _deleteFts = store.Command("DELETE FROM fts WHERE rowid = $id", transaction);
            _insertFts = store.Command("INSERT INTO fts (rowid, title, body) VALUES ($id, $title, $body)", transaction);
            _deleteIdentifiers = store.Command("DELETE FROM identifiers WHERE item_id = $id", transaction);
            _insertIdentifier = store.Command("INSERT OR IGNORE INTO identifiers (item_id, kind, value) VALUES ($id, $kind, $value)", transaction);
        }

        /// <summary>The sizes of the index rows this transaction deleted, which FTS5 leaves in its totals (<see cref="FtsTotals"/>).</summary>
        public FtsTotals.Tally Deleted { get; } = new();

        /// <summary>An item's identifiers are those of its current version.</summary>
        public void ReplaceIdentifiers(long id, IReadOnlyList<Core.Identifiers.Identifier> identifiers)
        {
            Run(_deleteIdentifiers, ("$id", id));
            foreach (var identifier in identifiers)
            {
                Run(_insertIdentifier, ("$id", id), ("$kind", identifier.Scheme), ("$value", identifier.Value));
            }
        }

        public (long ItemId, int Version, string Sha256)? FindSource(string source)
        {
            Bind(_findSource, ("$source", source));
            using var reader = _findSource.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)) : null;
        }

        public long? FindCurrentHolder(string sha256)
        {
            Bind(_findHolder, ("$sha", sha256));
            return _findHolder.ExecuteScalar() is long id ? id : null;
        }

        public void TouchStamp(long id, long? stamp) => Run(_touch, ("$id", id), ("$stamp", stamp));

        public long InsertItem(PreparedItem item, long now)
        {
            Bind(_insertItem, ("$external", item.ExternalId), ("$source", item.Source), ("$kind", item.Kind), ("$title", item.Title),
                ("$lang", item.Language), ("$url", item.Url), ("$published", item.Published), ("$stamp", item.SourceStamp), ("$now", now));
            return (long)_insertItem.ExecuteScalar()!;
        }

        public void UpdateItem(long id, PreparedItem item, int version, long now) =>
            Run(_updateItem, ("$id", id), ("$kind", item.Kind), ("$title", item.Title), ("$lang", item.Language), ("$url", item.Url),
                ("$published", item.Published), ("$version", version), ("$stamp", item.SourceStamp), ("$now", now));

        public void InsertVersion(long id, int version, PreparedItem item, long now)
        {
            string? fields = item.Fields is { Count: > 0 } f ? JsonSerializer.Serialize(f, StoreJson.Default.IReadOnlyDictionaryStringString) : null;
            Run(_insertVersion, ("$id", id), ("$version", version), ("$sha", item.Original.Sha256), ("$size", item.Original.Size),
                ("$media", item.MediaType), ("$now", now), ("$text", item.Text), ("$fields", fields));
        }

        public void AddTags(long id, IReadOnlyList<string> tags)
        {
            foreach (string tag in tags)
            {
                Run(_addTag, ("$id", id), ("$tag", tag));
            }
        }

        public void Reindex(long id, string titleTerms, string bodyTerms, bool replace)
        {
            if (replace)
            {
                Bind(_docSize, ("$id", id));
                if (_docSize.ExecuteScalar() is byte[] sizes)
                {
                    Deleted.Add(sizes);
                }

                Run(_deleteFts, ("$id", id));
            }

            Run(_insertFts, ("$id", id), ("$title", titleTerms), ("$body", bodyTerms));
        }

        public void Dispose()
        {
            foreach (var command in new[] { _findSource, _findHolder, _touch, _insertItem, _updateItem, _insertVersion, _addTag, _docSize, _deleteFts, _insertFts, _deleteIdentifiers, _insertIdentifier })
            {
                command.Dispose();
            }
        }

        private static void Run(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
        {
            Bind(command, values);
            command.ExecuteNonQuery();
        }

        private static void Bind(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
        {
            command.Parameters.Clear();
            foreach (var (name, value) in values)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }
}
