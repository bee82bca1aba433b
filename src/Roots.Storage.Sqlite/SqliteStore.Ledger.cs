using System.Globalization;
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
        using var insert = Command(
            $"INSERT INTO ledger ({LedgerColumns}) VALUES ($at, $provider, $model, $operation, $item, $in, $out, $cached, $cost, $currency, $latency, $outcome, $estimated, $error)");
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
        // Summed in SQL (one indexed pass, no rows to the caller: this runs before every metered call)
        // as integer pico-units: each row's decimal text is exact to 1e-12 after rounding, and an
        // integer sum does not drift the way a sum of REALs does.
        using var select = Command(
            "SELECT coalesce(sum(CAST(round(CAST(cost AS REAL) * 1e12) AS INTEGER)), 0) FROM ledger " +
            "WHERE at >= $since AND currency = $currency AND cost IS NOT NULL" + (provider is null ? "" : " AND provider = $provider"));
        select.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        select.Parameters.AddWithValue("$currency", currency);
        if (provider is not null)
        {
            select.Parameters.AddWithValue("$provider", provider);
        }

        long picos = Convert.ToInt64(select.ExecuteScalar(), CultureInfo.InvariantCulture);
        return ValueTask.FromResult(picos / 1_000_000_000_000m);
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
