using System.Globalization;
using Microsoft.Data.Sqlite;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IUsageLedger, IModelSummaryStore
{
    private const string LedgerColumns =
        "at, provider, model, operation, item_id, input_tokens, output_tokens, cached_tokens, cost, currency, latency_ms, outcome, estimated, error";

    /// <inheritdoc />
    public ValueTask AppendAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        InsertLedgerRow(entry, null);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerEntry>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        using var select = Command($"SELECT {LedgerColumns} FROM ledger WHERE at >= $since ORDER BY at, id");
        select.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        using var reader = select.ExecuteReader();
        var rows = new List<LedgerEntry>();
        while (reader.Read())
        {
            rows.Add(new LedgerEntry(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7),
                reader.IsDBNull(8) ? null : decimal.Parse(reader.GetString(8), NumberStyles.Number, CultureInfo.InvariantCulture),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetInt64(10), reader.GetString(11), reader.GetInt64(12) != 0,
                reader.IsDBNull(13) ? null : reader.GetString(13)));
        }

        return ValueTask.FromResult<IReadOnlyList<LedgerEntry>>(rows);
    }

    /// <inheritdoc />
    public ValueTask<decimal> SpentAsync(DateTimeOffset since, string? provider, string currency, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(currency);
        return ValueTask.FromResult(Picos(SumSql("ledger", "cost", "cost IS NOT NULL", provider), since, provider, currency, null, null) / PicosPerUnit);
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>BEGIN IMMEDIATE</c> takes SQLite's write lock before the sums are read, so the reserving transactions of
    /// every process and connection on the file run one after another (others wait up to the busy timeout).
    /// </remarks>
    public ValueTask<SpendReservation> ReserveAsync(SpendReservationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long now = request.Now.ToUnixTimeMilliseconds();
        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var expire = Command("DELETE FROM ledger_reservations WHERE expires_at <= $now", transaction))
        {
            expire.Parameters.AddWithValue("$now", now);
            expire.ExecuteNonQuery();
        }

        var committed = request.Limits.Select(limit =>
            (Picos(SumSql("ledger", "cost", "cost IS NOT NULL", limit.Provider), limit.Since, limit.Provider, limit.Currency, null, transaction)
             + Picos(SumSql("ledger_reservations", "amount", "expires_at > $now", limit.Provider), limit.Since, limit.Provider, limit.Currency, now, transaction))
            / PicosPerUnit).ToList();
        bool admitted = request.Limits.Select((limit, i) => SpendLimit.Admits(limit.Limit, committed[i], request.Amount)).All(a => a);
        long? id = null;
        if (admitted)
        {
            using var insert = Command(
                "INSERT INTO ledger_reservations (at, provider, currency, amount, expires_at) VALUES ($at, $provider, $currency, $amount, $expires) RETURNING id",
                transaction);
            insert.Parameters.AddWithValue("$at", now);
            insert.Parameters.AddWithValue("$provider", request.Provider);
            insert.Parameters.AddWithValue("$currency", request.Currency);
            insert.Parameters.AddWithValue("$amount", request.Amount.ToString(CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$expires", request.ExpiresAt.ToUnixTimeMilliseconds());
            id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        transaction.Commit();
        return ValueTask.FromResult(new SpendReservation(id, committed));
    }

    /// <inheritdoc />
    public ValueTask SettleAsync(long reservationId, LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var delete = Command("DELETE FROM ledger_reservations WHERE id = $id", transaction))
        {
            delete.Parameters.AddWithValue("$id", reservationId);
            delete.ExecuteNonQuery();
        }

        InsertLedgerRow(entry, transaction);
        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    private const decimal PicosPerUnit = 1_000_000_000_000m;

    // Summed in SQL (one indexed pass, no rows to the caller: this runs before every metered call) as integer
    // pico-units: each row's decimal text is exact to 1e-12 after rounding, and an integer sum does not drift the way
    // a sum of REALs does.
    private static string SumSql(string table, string column, string condition, string? provider) =>
        $"SELECT coalesce(sum(CAST(round(CAST({column} AS REAL) * 1e12) AS INTEGER)), 0) FROM {table} " +
        $"WHERE at >= $since AND currency = $currency AND {condition}" + (provider is null ? "" : " AND provider = $provider");

    private long Picos(string sql, DateTimeOffset since, string? provider, string currency, long? now, SqliteTransaction? transaction)
    {
        using var select = Command(sql, transaction);
        select.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        select.Parameters.AddWithValue("$currency", currency);
        if (provider is not null)
        {
            select.Parameters.AddWithValue("$provider", provider);
        }

        if (now is not null)
        {
            select.Parameters.AddWithValue("$now", now.Value);
        }

        return Convert.ToInt64(select.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void InsertLedgerRow(LedgerEntry entry, SqliteTransaction? transaction)
    {
        using var insert = Command(
            $"INSERT INTO ledger ({LedgerColumns}) VALUES ($at, $provider, $model, $operation, $item, $in, $out, $cached, $cost, $currency, $latency, $outcome, $estimated, $error)",
            transaction);
        insert.Parameters.AddWithValue("$at", entry.Time.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$provider", entry.Provider);
        insert.Parameters.AddWithValue("$model", entry.Model);
        insert.Parameters.AddWithValue("$operation", entry.Operation);
        insert.Parameters.AddWithValue("$item", (object?)entry.ItemId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$in", entry.InputTokens);
        insert.Parameters.AddWithValue("$out", entry.OutputTokens);
        insert.Parameters.AddWithValue("$cached", entry.CachedTokens);
        insert.Parameters.AddWithValue("$cost", (object?)entry.Cost?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$currency", (object?)entry.Currency ?? DBNull.Value);
        insert.Parameters.AddWithValue("$latency", entry.LatencyMs);
        insert.Parameters.AddWithValue("$outcome", entry.Outcome);
        insert.Parameters.AddWithValue("$estimated", entry.Estimated);
        insert.Parameters.AddWithValue("$error", (object?)entry.Error ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public ValueTask<string?> GetModelSummaryAsync(long itemId, string sha256, string model, CancellationToken cancellationToken = default)
    {
        using var select = Command("SELECT summary FROM model_summaries WHERE item_id = $item AND sha256 = $sha AND model = $model");
        select.Parameters.AddWithValue("$item", itemId);
        select.Parameters.AddWithValue("$sha", sha256);
        select.Parameters.AddWithValue("$model", model);
        return ValueTask.FromResult(select.ExecuteScalar() as string);
    }

    /// <inheritdoc />
    public ValueTask<(string Model, string Summary)?> LatestModelSummaryAsync(long itemId, string sha256, CancellationToken cancellationToken = default)
    {
        using var select = Command(
            "SELECT model, summary FROM model_summaries WHERE item_id = $item AND sha256 = $sha ORDER BY created_at DESC, model LIMIT 1");
        select.Parameters.AddWithValue("$item", itemId);
        select.Parameters.AddWithValue("$sha", sha256);
        using var reader = select.ExecuteReader();
        return ValueTask.FromResult<(string, string)?>(reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null);
    }

    /// <inheritdoc />
    public ValueTask SaveModelSummaryAsync(long itemId, string sha256, string model, string summary, CancellationToken cancellationToken = default)
    {
        using var upsert = Command(
            "INSERT OR REPLACE INTO model_summaries (item_id, sha256, model, summary, created_at) VALUES ($item, $sha, $model, $summary, $now)");
        upsert.Parameters.AddWithValue("$item", itemId);
        upsert.Parameters.AddWithValue("$sha", sha256);
        upsert.Parameters.AddWithValue("$model", model);
        upsert.Parameters.AddWithValue("$summary", summary);
        upsert.Parameters.AddWithValue("$now", Now());
        upsert.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }
}
