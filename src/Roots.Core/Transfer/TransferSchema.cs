namespace Roots.Core.Transfer;

/// <summary>
/// What a library is made of, in the order a copy writes it (a table after those it refers to).
/// Both stores keep these tables with these columns; the full-text index and its statistics are
/// projections and are rebuilt, not copied.
/// </summary>
public static class TransferSchema
{
    private const TransferType I = TransferType.Integer;
    private const TransferType R = TransferType.Real;
    private const TransferType T = TransferType.Text;
    private const TransferType B = TransferType.Bytes;

    /// <summary>Every table, parents first.</summary>
    public static IReadOnlyList<TransferTable> Tables { get; } =
    [
        Table("items", ("id", I), ("external_id", T), ("source", T), ("kind", T), ("title", T), ("lang", T), ("url", T),
            ("published", T), ("current_version", I), ("source_stamp", I), ("created_at", I), ("updated_at", I)),
        Table("versions", ("item_id", I), ("number", I), ("sha256", T), ("size", I), ("media_type", T), ("collected_at", I), ("text", T), ("fields", T)),
        Table("tags", ("item_id", I), ("tag", T), ("origin", T), ("confidence", R)),
        Table("removed_tags", ("item_id", I), ("tag", T), ("removed_at", I)),
        Table("categories", ("item_id", I), ("category", T), ("origin", T), ("confidence", R)),
        Table("identifiers", ("item_id", I), ("kind", T), ("value", T)),
        Table("links", ("source_id", I), ("kind", T), ("target_id", I), ("weight", R), ("evidence", T)),
        Table("embeddings", ("item_id", I), ("version", I), ("model", T), ("dims", I), ("chunks", I), ("vectors", B), ("updated_at", I)),
        Table("simhashes", ("item_id", I), ("version", I), ("hash", I), ("b0", I), ("b1", I), ("b2", I), ("b3", I)),
        Table("jobs", ("kind", T), ("key", T), ("state", T), ("attempts", I), ("last_error", T), ("lease_until", I), ("created_at", I), ("updated_at", I), ("payload", T)),
        Table("feeds", ("id", I), ("url", T), ("title", T), ("every_seconds", I), ("full", I), ("etag", T), ("last_modified", I),
            ("last_polled_at", I), ("last_error", T), ("next_due", I), ("created_at", I)),
        Table("feed_entries", ("feed_id", I), ("entry_key", T), ("item_id", I)),
        Table("url_validators", ("url", T), ("etag", T), ("last_modified", I), ("updated_at", I)),
        Table("ledger", ("at", I), ("provider", T), ("model", T), ("operation", T), ("item_id", I), ("input_tokens", I), ("output_tokens", I),
            ("cached_tokens", I), ("cost", T), ("currency", T), ("latency_ms", I), ("outcome", T), ("estimated", I), ("error", T)),
        Table("model_summaries", ("item_id", I), ("sha256", T), ("model", T), ("summary", T), ("created_at", I)),
        // Keywords travel as a JSON array of strings (SQLite keeps that text; PostgreSQL a text[]).
        Table("translations", ("item_id", I), ("language", T), ("title", T), ("summary", T), ("keywords", T), ("source_sha256", T),
            ("provenance", T), ("created_at", I)),
        Table("paragraph_translations", ("language", T), ("source_sha256", T), ("model", T), ("text", T), ("created_at", I)),
    ];

    private static TransferTable Table(string name, params (string Name, TransferType Type)[] columns) =>
        new(name, [.. columns.Select(c => new TransferColumn(c.Name, c.Type))]);
}
