using System.Globalization;
using Npgsql;
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
        await InsertLedgerRowAsync(entry, null, cancellationToken).ConfigureAwait(false);
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
        return await PicosAsync(SumSql("ledger", "cost", "cost IS NOT NULL", provider), since, provider, currency, null, null, cancellationToken).ConfigureAwait(false)
            / PicosPerUnit;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The transaction first takes one advisory transaction lock (the same key in every process), so reserving
    /// transactions on one database run one after another; the lock is released at commit or rollback.
    /// </remarks>
    public async ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long now = request.Now.ToUnixTimeMilliseconds();
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", transaction, cancellationToken, ("key", ReservationLockKey)).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM ledger_reservations WHERE expires_at <= @now", transaction, cancellationToken, ("now", now)).ConfigureAwait(false);
        var committed = new List<decimal>(request.Limits.Count);
        foreach (var limit in request.Limits)
        {
            long spent = await PicosAsync(SumSql("ledger", "cost", "cost IS NOT NULL", limit.Provider), limit.Since, limit.Provider, limit.Currency, null, transaction, cancellationToken)
                .ConfigureAwait(false);
            long reserved = await PicosAsync(SumSql("ledger_reservations", "amount", "expires_at > @now", limit.Provider), limit.Since, limit.Provider, limit.Currency, now, transaction, cancellationToken)
                .ConfigureAwait(false);
            committed.Add((spent + reserved) / PicosPerUnit);
        }

        long? id = null;
        if (request.Limits.Select((limit, i) => SpendLimit.Admits(limit.Limit, committed[i], request.Amount)).All(a => a))
        {
            id = (long)(await ScalarAsync(
                "INSERT INTO ledger_reservations (at, provider, currency, amount, expires_at) VALUES (@at, @provider, @currency, @amount, @expires) RETURNING id",
                transaction, cancellationToken, ("at", now), ("provider", request.Provider), ("currency", request.Currency),
                ("amount", request.Amount.ToString(CultureInfo.InvariantCulture)), ("expires", request.ExpiresAt.ToUnixTimeMilliseconds())).ConfigureAwait(false))!;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SpendReservation(id, committed);
    }

    /// <inheritdoc />
    public async ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM ledger_reservations WHERE id = @id", transaction, cancellationToken, ("id", reservationId)).ConfigureAwait(false);
        await InsertLedgerRowAsync(entry, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The advisory lock key that serialises budget reservations of one database ("roots-reserve").</summary>
    private const long ReservationLockKey = 0x726F6F74735F7276;

    private const decimal PicosPerUnit = 1_000_000_000_000m;

    private static string SumSql(string table, string column, string condition, string? provider) =>
        $"SELECT coalesce(sum(round({column}::numeric * 1000000000000)), 0)::bigint FROM {table} " +
        $"WHERE at >= @since AND currency = @currency AND {condition}" + (provider is null ? "" : " AND provider = @provider");

    private async ValueTask<long> PicosAsync(
        string sql, DateTimeOffset since, string? provider, string currency, long? now, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        object? picos = await ScalarAsync(sql, transaction, cancellationToken,
            ("since", since.ToUnixTimeMilliseconds()), ("currency", currency), ("provider", provider), ("now", now)).ConfigureAwait(false);
        return (long)picos!;
    }

    private async ValueTask InsertLedgerRowAsync(LedgerEntry entry, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"INSERT INTO ledger ({LedgerColumns}) VALUES (@at, @provider, @model, @operation, @item::bigint, @in, @out, @cached, @cost::text, @currency::text, @latency, @outcome, @estimated, @error::text)",
            transaction, cancellationToken,
            ("at", entry.Time.ToUnixTimeMilliseconds()), ("provider", entry.Provider), ("model", entry.Model), ("operation", entry.Operation),
            ("item", entry.ItemId), ("in", entry.InputTokens), ("out", entry.OutputTokens), ("cached", entry.CachedTokens),
            ("cost", entry.Cost?.ToString(CultureInfo.InvariantCulture)), ("currency", entry.Currency), ("latency", entry.LatencyMs),
            ("outcome", entry.Outcome), ("estimated", entry.Estimated), ("error", Clean(entry.Error))).ConfigureAwait(false);

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
