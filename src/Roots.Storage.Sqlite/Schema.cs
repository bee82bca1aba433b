using Microsoft.Data.Sqlite;

namespace Roots.Storage.Sqlite;

/// <summary>
/// The library schema as an ordered list of migrations. A library records the number it has
/// reached in <c>PRAGMA user_version</c>; opening it applies the rest in one transaction.
/// Migrations are only ever appended, never edited.
/// </summary>
internal static class Schema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE items (
            id              INTEGER PRIMARY KEY,
            external_id     TEXT UNIQUE,
            source          TEXT NOT NULL UNIQUE,
            kind            TEXT NOT NULL,
            title           TEXT NOT NULL,
            lang            TEXT NOT NULL,
            url             TEXT,
            published       TEXT,
            current_version INTEGER NOT NULL,
            source_stamp    INTEGER,
            created_at      INTEGER NOT NULL,
            updated_at      INTEGER NOT NULL
        );
        CREATE INDEX items_updated ON items(updated_at);
        CREATE TABLE versions (
            id           INTEGER PRIMARY KEY,
            item_id      INTEGER NOT NULL REFERENCES items(id),
            number       INTEGER NOT NULL,
            sha256       TEXT NOT NULL,
            size         INTEGER NOT NULL,
            media_type   TEXT NOT NULL,
            collected_at INTEGER NOT NULL,
            text         TEXT NOT NULL,
            fields       TEXT,
            UNIQUE (item_id, number)
        );
        CREATE INDEX versions_sha256 ON versions(sha256);
        CREATE TABLE tags (
            item_id INTEGER NOT NULL REFERENCES items(id),
            tag     TEXT NOT NULL,
            origin  TEXT NOT NULL DEFAULT 'user',
            PRIMARY KEY (item_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX tags_tag ON tags(tag, item_id);
        CREATE VIRTUAL TABLE fts USING fts5(
            title, body,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co Mn Mc'"
        );
        """,
        // A 32 MB in-memory term hash lets a large keep transaction write fewer, larger segments:
        // about 30% less indexing work on bulk adds (bench/README.md).
        "INSERT INTO fts (fts, rank) VALUES ('hashsize', 33554432);",
        // Document frequencies of index terms, read by keyword extraction (TF-IDF against the library).
        "CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');",
        """
        CREATE TABLE identifiers (
            item_id INTEGER NOT NULL REFERENCES items(id),
            kind    TEXT NOT NULL,
            value   TEXT NOT NULL,
            PRIMARY KEY (item_id, kind, value)
        ) WITHOUT ROWID;
        CREATE INDEX identifiers_value ON identifiers(kind, value);
        """,
        // Who set a tag (user, rule, classifier) and how sure it was; tags a user removed, so that
        // nothing automatic puts them back; an item's category.
        """
        ALTER TABLE tags ADD COLUMN confidence REAL;
        CREATE TABLE removed_tags (
            item_id    INTEGER NOT NULL REFERENCES items(id),
            tag        TEXT NOT NULL,
            removed_at INTEGER NOT NULL,
            PRIMARY KEY (item_id, tag)
        ) WITHOUT ROWID;
        CREATE TABLE categories (
            item_id    INTEGER PRIMARY KEY REFERENCES items(id),
            category   TEXT NOT NULL,
            origin     TEXT NOT NULL,
            confidence REAL
        );
        CREATE INDEX categories_category ON categories(category);
        """,
        // Links between items: mentions (an explicit URL, DOI or title), related (similarity),
        // near-duplicate. One row per direction; backlinks read the target index.
        """
        CREATE TABLE links (
            source_id INTEGER NOT NULL REFERENCES items(id),
            kind      TEXT NOT NULL,
            target_id INTEGER NOT NULL REFERENCES items(id),
            weight    REAL,
            evidence  TEXT,
            PRIMARY KEY (source_id, kind, target_id)
        ) WITHOUT ROWID;
        CREATE INDEX links_target ON links(target_id, kind, source_id);
        """,
        // Passage vectors of each item's current version, all passages in one blob (float32,
        // little-endian, passages × dims), so loading 100,000 items is one sequential scan.
        """
        CREATE TABLE embeddings (
            item_id    INTEGER PRIMARY KEY REFERENCES items(id),
            version    INTEGER NOT NULL,
            model      TEXT NOT NULL,
            dims       INTEGER NOT NULL,
            chunks     INTEGER NOT NULL,
            vectors    BLOB NOT NULL,
            updated_at INTEGER NOT NULL
        );
        """,
        // Lets a search check whether vectors changed since it loaded them without reading the
        // vectors themselves (the blobs make a table scan cost as much as loading them).
        "CREATE INDEX embeddings_model_updated ON embeddings(model, updated_at);",
        // Durable jobs (a 10,000-URL import): claimed under a lease so a crash resumes; one job per key and kind.
        """
        CREATE TABLE jobs (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL,
            key         TEXT NOT NULL,
            state       TEXT NOT NULL,
            attempts    INTEGER NOT NULL DEFAULT 0,
            last_error  TEXT,
            lease_until INTEGER,
            created_at  INTEGER NOT NULL,
            updated_at  INTEGER NOT NULL,
            payload     TEXT,
            UNIQUE (kind, key)
        );
        CREATE INDEX jobs_state ON jobs(kind, state, id);
        """,
        // Feed subscriptions, the entries already collected from each, and the HTTP validators
        // (ETag, Last-Modified) of fetched URLs for conditional GET.
        """
        CREATE TABLE feeds (
            id             INTEGER PRIMARY KEY,
            url            TEXT NOT NULL UNIQUE,
            title          TEXT,
            every_seconds  INTEGER NOT NULL,
            full           INTEGER NOT NULL DEFAULT 0,
            etag           TEXT,
            last_modified  INTEGER,
            last_polled_at INTEGER,
            last_error     TEXT,
            next_due       INTEGER NOT NULL,
            created_at     INTEGER NOT NULL
        );
        CREATE TABLE feed_entries (
            feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            item_id   INTEGER,
            PRIMARY KEY (feed_id, entry_key)
        ) WITHOUT ROWID;
        CREATE TABLE url_validators (
            url           TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified INTEGER,
            updated_at    INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
        // SimHash of each item's current text with its four 16-bit bands indexed: near-duplicates
        // (≤ 3 bits apart) share a band, so a new item finds its candidates by index lookups.
        """
        CREATE TABLE simhashes (
            item_id INTEGER PRIMARY KEY REFERENCES items(id),
            version INTEGER NOT NULL,
            hash    INTEGER NOT NULL,
            b0      INTEGER NOT NULL,
            b1      INTEGER NOT NULL,
            b2      INTEGER NOT NULL,
            b3      INTEGER NOT NULL
        );
        CREATE INDEX simhashes_b0 ON simhashes(b0);
        CREATE INDEX simhashes_b1 ON simhashes(b1);
        CREATE INDEX simhashes_b2 ON simhashes(b2);
        CREATE INDEX simhashes_b3 ON simhashes(b3);
        """,
        // The ledger of model calls (one row per call, never changed) and summaries written by models,
        // cached by the text's SHA-256 so an unchanged item is never paid for twice. Costs are exact
        // decimal text with their currency (REAL would drift over many small sums). Indexes serve
        // sums by time range, by day, per model and per provider.
        """
        CREATE TABLE ledger (
            id            INTEGER PRIMARY KEY,
            at            INTEGER NOT NULL,
            provider      TEXT NOT NULL,
            model         TEXT NOT NULL,
            operation     TEXT NOT NULL,
            item_id       INTEGER,
            input_tokens  INTEGER NOT NULL,
            output_tokens INTEGER NOT NULL,
            cached_tokens INTEGER NOT NULL,
            cost          TEXT,
            currency      TEXT,
            latency_ms    INTEGER NOT NULL,
            outcome       TEXT NOT NULL,
            estimated     INTEGER NOT NULL,
            error         TEXT
        );
        CREATE INDEX ledger_at ON ledger(at);
        CREATE INDEX ledger_model_at ON ledger(model, at);
        CREATE INDEX ledger_provider_at ON ledger(provider, at);
        CREATE TABLE model_summaries (
            item_id    INTEGER NOT NULL REFERENCES items(id),
            sha256     TEXT NOT NULL,
            model      TEXT NOT NULL,
            summary    TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (item_id, sha256, model)
        ) WITHOUT ROWID;
        """,
        // The number of passages of a model, read from an index before loading its vectors, so the
        // vector matrix is allocated once at its exact size (100,000 items: 230 MB, not twice that).
        "CREATE INDEX embeddings_model_chunks ON embeddings(model, chunks);",
        // Model translations of an item's title, summary and keywords, one per language (roots translate);
        // source_sha256 is the hash of what was translated, so a changed source reads as stale.
        """
        CREATE TABLE translations (
            item_id       INTEGER NOT NULL REFERENCES items(id),
            language      TEXT NOT NULL,
            title         TEXT NOT NULL,
            summary       TEXT NOT NULL,
            keywords      TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            provenance    TEXT NOT NULL,
            created_at    INTEGER NOT NULL,
            PRIMARY KEY (item_id, language)
        ) WITHOUT ROWID;
        """,
        // FTS5 never subtracted a replaced or deleted row from the totals bm25() reads (the row count and the tokens
        // of each column) on this contentless_delete table, so a library that saw new versions or a reindex ranks
        // as if it held more, and longer, documents. Recompute them from the sizes of the rows the index holds
        // (roots_fts_totals: FtsTotals, registered by Migrate); new writes keep them exact.
        "INSERT OR REPLACE INTO fts_data (id, block) SELECT 1, roots_fts_totals(sz) FROM fts_docsize;",
        // Budget reservations: a call's estimated cost, written before the call is sent (in the same serialised
        // transaction that checked the budget) and replaced by its ledger row afterwards, so concurrent processes
        // under one budget see each other's calls in flight. A reservation whose process died stops counting at
        // expires_at. Amounts are exact decimal text, as in the ledger.
        """
        CREATE TABLE ledger_reservations (
            id         INTEGER PRIMARY KEY,
            at         INTEGER NOT NULL,
            provider   TEXT NOT NULL,
            currency   TEXT NOT NULL,
            amount     TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        """,
        // Items whose vectors were saved and whose related links are not stored yet: written in the transaction
        // that saves the vectors, deleted once the links are stored, so a roots embed killed between the two
        // leaves the next run a record of what to link (links come from all vectors, so only at a run's end).
        """
        CREATE TABLE related_pending (
            item_id INTEGER PRIMARY KEY REFERENCES items(id),
            model   TEXT NOT NULL
        );
        """,
        // Model translations of single paragraphs (roots translate --body), keyed by what was translated rather than
        // by item: an edited text re-buys only its changed paragraphs, an unchanged one nothing.
        """
        CREATE TABLE paragraph_translations (
            language      TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            model         TEXT NOT NULL,
            text          TEXT NOT NULL,
            created_at    INTEGER NOT NULL,
            PRIMARY KEY (language, source_sha256, model)
        ) WITHOUT ROWID;
        """,
        // Mail subscriptions (roots mail add): an IMAP folder, the environment variable that holds its password (never
        // the password), the tags its messages get, and where the last poll stopped (UIDVALIDITY and the highest UID taken).
        """
        CREATE TABLE mailboxes (
            id             INTEGER PRIMARY KEY,
            url            TEXT NOT NULL UNIQUE,
            password_env   TEXT NOT NULL,
            tags           TEXT NOT NULL,
            uid_validity   INTEGER,
            last_uid       INTEGER NOT NULL DEFAULT 0,
            messages       INTEGER NOT NULL DEFAULT 0,
            last_polled_at INTEGER,
            last_error     TEXT,
            created_at     INTEGER NOT NULL
        );
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Migrations.Length;

    /// <summary>Applies every migration the database has not seen; returns how many ran.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        int current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"this library was written by a newer Roots (schema {current}, this build knows {Latest}); upgrade Roots to open it");
        }

        // Functions that migrations call.
        FtsTotals.Register(connection);
        using var transaction = connection.BeginTransaction();
        for (int version = current; version < Latest; version++)
        {
            Execute(connection, transaction, Migrations[version]);
        }

        Execute(connection, transaction, $"PRAGMA user_version = {Latest}");
        transaction.Commit();
        return Latest - current;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
