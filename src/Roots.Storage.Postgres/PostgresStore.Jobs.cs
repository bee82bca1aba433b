using Npgsql;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore : IJobQueue
{
    /// <summary>A failed job is retried by later runs until it was claimed this many times; then it is dead.</summary>
    public const int MaxJobAttempts = 3;

    private const string JobColumns = "id, kind, key, state, attempts, last_error, payload, updated_at";

    /// <inheritdoc />
    /// <remarks>Keys are written in sorted order, so two workers enqueueing overlapping keys never deadlock.</remarks>
    public async ValueTask<int> EnqueueAsync(string kind, IReadOnlyList<string> keys, string? payload = null, bool requeue = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(keys);
        string[] distinct = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            """
            INSERT INTO jobs (kind, key, state, attempts, created_at, updated_at, payload)
            SELECT @kind, k, 'queued', 0, @now, @now, @payload::text FROM unnest(@keys::text[]) WITH ORDINALITY AS u(k, o) ORDER BY o
            ON CONFLICT (kind, key) DO UPDATE SET
                state = 'queued', updated_at = @now, lease_until = NULL,
                attempts = CASE WHEN @requeue THEN 0 ELSE jobs.attempts END,
                payload = CASE WHEN @requeue THEN @payload::text ELSE jobs.payload END
            WHERE (jobs.state = 'failed' AND jobs.attempts < @max)
               OR (@requeue AND jobs.state IN ('done', 'dead', 'failed'))
            """, tx, cancellationToken,
            ("kind", kind), ("keys", distinct), ("now", Now()), ("payload", payload), ("requeue", requeue), ("max", MaxJobAttempts)).ConfigureAwait(false);
        object? queued = await ScalarAsync("SELECT count(*) FROM jobs WHERE kind = @kind AND state = 'queued' AND key = ANY(@keys)", tx, cancellationToken,
            ("kind", kind), ("keys", distinct)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (int)(long)queued!;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>FOR UPDATE SKIP LOCKED</c>: a worker passes over the jobs another is claiming at this moment, and
    /// re-checks each row it locks, so no job is ever handed to two workers and claims do not queue.
    /// </remarks>
    public async ValueTask<IReadOnlyList<Job>> ClaimAsync(string kind, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        long now = Now();
        await using var command = Command(
            $"""
            UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = @until, updated_at = @now
            WHERE id IN (
                SELECT id FROM jobs
                WHERE kind = @kind AND (state = 'queued' OR (state = 'running' AND lease_until < @now))
                ORDER BY id LIMIT @max
                FOR UPDATE SKIP LOCKED)
            RETURNING {JobColumns}
            """, null, ("kind", kind), ("now", now), ("until", now + (long)lease.TotalMilliseconds), ("max", max));
        var jobs = await ListAsync(command, ReadJob, cancellationToken).ConfigureAwait(false);
        return jobs.OrderBy(j => j.Id).ToList();
    }

    /// <inheritdoc />
    public async ValueTask SettleAsync(IReadOnlyList<JobSettlement> settlements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long now = Now();
        foreach (var settlement in settlements.OrderBy(s => s.Id))
        {
            await ExecuteAsync(
                """
                UPDATE jobs SET
                    state = CASE WHEN @state = 'failed' AND attempts >= @max THEN 'dead' ELSE @state END,
                    attempts = CASE WHEN @state = 'queued' THEN greatest(attempts - 1, 0) ELSE attempts END,
                    last_error = @error::text, lease_until = NULL, updated_at = @now
                WHERE id = @id
                """, tx, cancellationToken,
                ("id", settlement.Id), ("state", StateName(settlement.State)), ("error", settlement.Error), ("now", now), ("max", MaxJobAttempts)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Job>> FindJobsAsync(string kind, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var command = Command($"SELECT {JobColumns} FROM jobs WHERE kind = @kind AND key = ANY(@keys) ORDER BY id", null,
            ("kind", kind), ("keys", keys.ToArray()));
        return await ListAsync(command, ReadJob, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Job>> ListJobsAsync(string? kind, IReadOnlyCollection<JobState> states, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        await using var command = Command(
            $"SELECT {JobColumns} FROM jobs WHERE (@kind::text IS NULL OR kind = @kind::text) AND state = ANY(@states) ORDER BY updated_at, id LIMIT @limit",
            null, ("kind", kind), ("states", states.Select(StateName).ToArray()), ("limit", limit < 0 ? null : (long)limit));
        return await ListAsync(command, ReadJob, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<JobState, int>> CountJobsAsync(string? kind = null, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT state, count(*) FROM jobs WHERE @kind::text IS NULL OR kind = @kind::text GROUP BY state", null, ("kind", kind));
        var rows = await ListAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        var counts = Enum.GetValues<JobState>().ToDictionary(s => s, _ => 0);
        foreach (var (state, count) in rows)
        {
            counts[StateOf(state)] = (int)count;
        }

        return counts;
    }

    private static Job ReadJob(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        StateOf(reader.GetString(3)),
        reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)));

    private static string StateName(JobState state) => state.ToString().ToLowerInvariant();

    private static JobState StateOf(string name) => Enum.Parse<JobState>(name, ignoreCase: true);
}
