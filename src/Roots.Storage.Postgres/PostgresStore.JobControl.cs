using Roots.Core.Model;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <inheritdoc />
    public async ValueTask<Job?> GetJobAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT {JobColumns} FROM jobs WHERE id = @id", null, ("id", id));
        return (await ListAsync(command, ReadJob, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public ValueTask<Job?> RetryJobAsync(long id, CancellationToken cancellationToken = default) =>
        ChangeJobAsync(id, "UPDATE jobs SET state = 'queued', attempts = 0, lease_until = NULL, updated_at = @now WHERE id = @id AND state IN ('failed', 'dead')", null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Job?> CancelJobAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ChangeJobAsync(id, "UPDATE jobs SET state = 'dead', last_error = @reason::text, lease_until = NULL, updated_at = @now WHERE id = @id AND state IN ('queued', 'failed')", reason, cancellationToken);
    }

    /// <summary>A conditional update, then the job: the UPDATE re-checks the state on the row it locks, so a worker claiming the job at the same moment is never overridden.</summary>
    private async ValueTask<Job?> ChangeJobAsync(long id, string sql, string? reason, CancellationToken cancellationToken)
    {
        await using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        (string, object?)[] values = reason is null ? [("id", id), ("now", Now())] : [("id", id), ("now", Now()), ("reason", reason)];
        await ExecuteAsync(sql, tx, cancellationToken, values).ConfigureAwait(false);
        await using var command = Command($"SELECT {JobColumns} FROM jobs WHERE id = @id", tx, ("id", id));
        var job = (await ListAsync(command, ReadJob, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return job;
    }
}
