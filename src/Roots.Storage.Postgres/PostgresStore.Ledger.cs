using System.Globalization;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IUsageLedger, IModelSummaryStore
{
    private const string LedgerColumns =
        "at, provider, model, operation, item_id, input_tokens, output_tokens, cached_tokens, cost, currency, latency_ms, outcome, estimated, error";

    /// <inheritdoc />
    /// <remarks>The cost is stored as its exact decimal text, as in SQLite, so it reads back as the same decimal (scale included).</remarks>
    public async ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await ExecuteAsync(
            $"INSERT INTO ledger ({LedgerColumns}) VALUES (@at, @provider, @model, @operation, @item::bigint, @in, @out, @cached, @cost::text, @currency::text, @latency, @outcome, @estimated, @error::text)",
            null, cancellationToken,
            ("at", entry.Time.ToUnixTimeMilliseconds()), ("provider", entry.Provider), ("model", entry.Model), ("operation", entry.Operation),
            ("item", entry.ItemId), ("in", entry.InputTokens), ("out", entry.OutputTokens), ("cached", entry.CachedTokens),
            ("cost", entry.Cost?.ToString(CultureInfo.InvariantCulture)), ("currency", entry.Currency), ("latency", entry.LatencyMs),
            ("outcome", entry.Outcome), ("estimated", entry.Estimated), ("error", Clean(entry.Error))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var select = Command($"SELECT {LedgerColumns} FROM ledger WHERE at >= @since ORDER BY at, id", null, ("since", since.ToUnixTimeMilliseconds()));
        return await ListAsync(select, reader => new LedgerEntry(
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7),
            reader.IsDBNull(8) ? null : decimal.Parse(reader.GetString(8), NumberStyles.Number, CultureInfo.InvariantCulture),
            reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetInt64(10), reader.GetString(11), reader.GetBoolean(12),
            reader.IsDBNull(13) ? null : reader.GetString(13)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Summed in SQL as integer pico-units, like SQLite: each row rounded to 1e-12 (exact numeric rounding, half away
    /// from zero), then an exact integer sum; the caller divides by 10^12.
    /// </remarks>
    public async ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(currency);
        object? picos = await ScalarAsync(
            "SELECT coalesce(sum(round(cost::numeric * 1000000000000)), 0)::bigint FROM ledger " +
            "WHERE at >= @since AND currency = @currency AND cost IS NOT NULL" + (provider is null ? "" : " AND provider = @provider"),
            null, cancellationToken, ("since", since.ToUnixTimeMilliseconds()), ("currency", currency), ("provider", provider)).ConfigureAwait(false);
        return (long)picos! / 1_000_000_000_000m;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetModelSummaryAsync(long itemId, string sha256, string model, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT summary FROM model_summaries WHERE item_id = @item AND sha256 = @sha AND model = @model", null, cancellationToken,
            ("item", itemId), ("sha", sha256), ("model", model)).ConfigureAwait(false) as string;

    /// <inheritdoc />
    public async ValueTask<(string Model, string Summary)?> LatestModelSummaryAsync(long itemId, string sha256, CancellationToken cancellationToken = default)
    {
        await using var select = Command(
            "SELECT model, summary FROM model_summaries WHERE item_id = @item AND sha256 = @sha ORDER BY created_at DESC, model COLLATE \"C\" LIMIT 1",
            null, ("item", itemId), ("sha", sha256));
        var rows = await ListAsync(select, r => (r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async ValueTask SaveModelSummaryAsync(long itemId, string sha256, string model, string summary, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            """
            INSERT INTO model_summaries (item_id, sha256, model, summary, created_at) VALUES (@item, @sha, @model, @summary, @now)
            ON CONFLICT (item_id, sha256, model) DO UPDATE SET summary = excluded.summary, created_at = excluded.created_at
            """, null, cancellationToken, ("item", itemId), ("sha", sha256), ("model", model), ("summary", Clean(summary)), ("now", Now())).ConfigureAwait(false);
}
