using Roots.Core.Model;

namespace Roots.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string JobSelect = "SELECT id, kind, key, state, attempts, last_error, payload, updated_at FROM jobs WHERE id = $id";

    /// <inheritdoc />
    public ValueTask<Job?> GetJobAsync(long id, CancellationToken cancellationToken = default)
    {
        using var command = Command(JobSelect);
        command.Parameters.AddWithValue("$id", id);
        return ValueTask.FromResult(ReadJobs(command).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<Job?> RetryJobAsync(long id, CancellationToken cancellationToken = default) =>
        ChangeJob(id, "UPDATE jobs SET state = 'queued', attempts = 0, lease_until = NULL, updated_at = $now WHERE id = $id AND state IN ('failed', 'dead')", null);

    /// <inheritdoc />
    public ValueTask<Job?> CancelJobAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ChangeJob(id, "UPDATE jobs SET state = 'dead', last_error = $reason, lease_until = NULL, updated_at = $now WHERE id = $id AND state IN ('queued', 'failed')", reason);
    }

    /// <summary>A conditional update and the job afterwards, in one transaction: the condition is checked by the UPDATE itself, so a run claiming the job at the same moment is never overridden.</summary>
    private ValueTask<Job?> ChangeJob(long id, string sql, string? reason)
    {
        using var transaction = _connection.BeginTransaction();
        using (var update = Command(sql, transaction))
        {
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$now", Now());
            if (reason is not null)
            {
                update.Parameters.AddWithValue("$reason", reason);
            }

            update.ExecuteNonQuery();
        }

        using var select = Command(JobSelect, transaction);
        select.Parameters.AddWithValue("$id", id);
        var job = ReadJobs(select).FirstOrDefault();
        transaction.Commit();
        return ValueTask.FromResult(job);
    }
}
