using Microsoft.Data.Sqlite;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore : IJobQueue
{
    /// <summary>A failed job is retried by later runs until it was claimed this many times; then it is dead.</summary>
    public const int MaxJobAttempts = 3;

    /// <inheritdoc />
    public ValueTask<int> EnqueueAsync(string kind, IReadOnlyList<string> keys, string? payload = null, bool requeue = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(keys);
        long now = Now();
        using var transaction = _connection.BeginTransaction();
        using var insert = Command(
            """
            INSERT INTO jobs (kind, key, state, attempts, created_at, updated_at, payload) VALUES ($kind, $key, 'queued', 0, $now, $now, $payload)
            ON CONFLICT (kind, key) DO UPDATE SET
                state = 'queued', updated_at = $now, lease_until = NULL,
                attempts = CASE WHEN $requeue THEN 0 ELSE jobs.attempts END,
                payload = CASE WHEN $requeue THEN $payload ELSE jobs.payload END
            WHERE (jobs.state = 'failed' AND jobs.attempts < $max)
               OR ($requeue AND jobs.state IN ('done', 'dead', 'failed'))
            """, transaction);
        insert.Parameters.AddWithValue("$kind", kind);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", now);
        insert.Parameters.AddWithValue("$payload", (object?)payload ?? DBNull.Value);
        insert.Parameters.AddWithValue("$requeue", requeue);
        insert.Parameters.AddWithValue("$max", MaxJobAttempts);
        foreach (string k in keys)
        {
            key.Value = k;
            insert.ExecuteNonQuery();
        }

        int queued = CountQueued(kind, keys, transaction);
        transaction.Commit();
        return ValueTask.FromResult(queued);
    }

    private int CountQueued(string kind, IReadOnlyList<string> keys, SqliteTransaction transaction)
    {
        using var count = Command("SELECT count(*) FROM jobs WHERE kind = $kind AND state = 'queued' AND key IN (SELECT value FROM json_each($keys))", transaction);
        count.Parameters.AddWithValue("$kind", kind);
        count.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(keys, StoreJson.Default.IReadOnlyCollectionString));
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Job>> ClaimAsync(string kind, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        long now = Now();
        using var transaction = _connection.BeginTransaction();
        // One UPDATE … RETURNING claims atomically: SQLite's write lock keeps two runs from claiming the same job.
        using var claim = Command(
            """
            UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $until, updated_at = $now
            WHERE id IN (
                SELECT id FROM jobs
                WHERE kind = $kind AND (state = 'queued' OR (state = 'running' AND lease_until < $now))
                ORDER BY id LIMIT $max)
            RETURNING id, kind, key, state, attempts, last_error, payload, updated_at
            """, transaction);
        claim.Parameters.AddWithValue("$kind", kind);
        claim.Parameters.AddWithValue("$now", now);
        claim.Parameters.AddWithValue("$until", now + (long)lease.TotalMilliseconds);
        claim.Parameters.AddWithValue("$max", max);
        var jobs = ReadJobs(claim).OrderBy(j => j.Id).ToList();
        transaction.Commit();
        return ValueTask.FromResult<IReadOnlyList<Job>>(jobs);
    }

    /// <inheritdoc />
    public ValueTask SettleAsync(IReadOnlyList<JobSettlement> settlements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        using var transaction = _connection.BeginTransaction();
        using var update = Command(
            """
            UPDATE jobs SET
                state = CASE WHEN $state = 'failed' AND attempts >= $max THEN 'dead' ELSE $state END,
                attempts = CASE WHEN $state = 'queued' THEN max(attempts - 1, 0) ELSE attempts END,
                last_error = $error, lease_until = NULL, updated_at = $now
            WHERE id = $id
            """, transaction);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var state = update.Parameters.Add("$state", SqliteType.Text);
        var error = update.Parameters.Add("$error", SqliteType.Text);
        update.Parameters.AddWithValue("$now", Now());
        update.Parameters.AddWithValue("$max", MaxJobAttempts);
        foreach (var settlement in settlements)
        {
            id.Value = settlement.Id;
            state.Value = StateName(settlement.State);
            error.Value = (object?)settlement.Error ?? DBNull.Value;
            update.ExecuteNonQuery();
        }

        transaction.Commit();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Job>> FindJobsAsync(string kind, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var command = Command(
            "SELECT id, kind, key, state, attempts, last_error, payload, updated_at FROM jobs WHERE kind = $kind AND key IN (SELECT value FROM json_each($keys)) ORDER BY id");
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(keys, StoreJson.Default.IReadOnlyCollectionString));
        return ValueTask.FromResult<IReadOnlyList<Job>>(ReadJobs(command));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Job>> ListJobsAsync(string? kind, IReadOnlyCollection<JobState> states, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        using var command = Command(
            """
            SELECT id, kind, key, state, attempts, last_error, payload, updated_at FROM jobs
            WHERE ($kind IS NULL OR kind = $kind) AND state IN (SELECT value FROM json_each($states))
            ORDER BY updated_at, id LIMIT $limit
            """);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$states", System.Text.Json.JsonSerializer.Serialize(states.Select(StateName).ToList(), StoreJson.Default.IReadOnlyCollectionString));
        command.Parameters.AddWithValue("$limit", limit);
        return ValueTask.FromResult<IReadOnlyList<Job>>(ReadJobs(command));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<JobState, int>> CountJobsAsync(string? kind = null, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT state, count(*) FROM jobs WHERE $kind IS NULL OR kind = $kind GROUP BY state");
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var counts = Enum.GetValues<JobState>().ToDictionary(s => s, _ => 0);
        while (reader.Read())
        {
            counts[StateOf(reader.GetString(0))] = reader.GetInt32(1);
        }

        return ValueTask.FromResult<IReadOnlyDictionary<JobState, int>>(counts);
    }

    private List<Job> ReadJobs(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var jobs = new List<Job>();
        while (reader.Read())
        {
            jobs.Add(new Job(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                StateOf(reader.GetString(3)),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return jobs;
    }

    private static string StateName(JobState state) => state.ToString().ToLowerInvariant();

    private static JobState StateOf(string name) => Enum.Parse<JobState>(name, ignoreCase: true);
}
