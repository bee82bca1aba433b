using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.App.UseCases;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>The reason a cancelled job carries.</summary>
    public const string CancelledReason = "cancelled by the user";

    /// <summary>The most items one bulk tag edit may touch.</summary>
    public const int MaxBulkItems = 1000;

    /// <summary>Every tag in use and how many items carry it, most used first.</summary>
    public async Task<IReadOnlyList<TagCount>> TagCountsAsync(CancellationToken cancellationToken = default) =>
        await _store.ListTagCountsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Merges tag <paramref name="from"/> into <paramref name="into"/> on every item (a rename when
    /// <paramref name="into"/> is new). Both are canonicalised through the taxonomy's synonyms first.
    /// The user's tags and removals survive (see <see cref="TagMerge"/>). Note that a rule or the
    /// classifier may propose <paramref name="from"/> again later unless the taxonomy makes it a
    /// synonym of <paramref name="into"/>.
    /// </summary>
    /// <returns>How many items changed and the two canonical names, or a one-line reason.</returns>
    public async Task<Result<TagMergeReport>> MergeTagsAsync(string from, string into, CancellationToken cancellationToken = default)
    {
        var taxonomy = Config.Taxonomy.Compiled;
        string source = taxonomy.CanonicalTag(from ?? "");
        string target = taxonomy.CanonicalTag(into ?? "");
        if (source.Length == 0 || target.Length == 0)
        {
            return Result<TagMergeReport>.Fail("give two tags with visible characters: the one to merge and the one to keep");
        }

        if (source == target)
        {
            return Result<TagMergeReport>.Fail($"'{from}' and '{into}' are the same tag ('{target}')");
        }

        int items = await _store.MergeTagAsync(source, target, cancellationToken).ConfigureAwait(false);
        return new TagMergeReport(source, target, items);
    }

    /// <summary>
    /// The same tag edit on many items (the user's: see <see cref="TagAsync"/>). Every id is checked
    /// first, so an unknown one changes nothing.
    /// </summary>
    public async Task<Result<IReadOnlyList<TagChange>>> BulkTagAsync(
        IReadOnlyList<string> ids, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0 || ids.Count > MaxBulkItems)
        {
            return Result<IReadOnlyList<TagChange>>.Fail($"give from 1 to {MaxBulkItems} items");
        }

        if ((add?.Count ?? 0) + (remove?.Count ?? 0) == 0)
        {
            return Result<IReadOnlyList<TagChange>>.Fail("give a tag to add or to remove");
        }

        foreach (string id in ids)
        {
            if (await FindItemAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return Result<IReadOnlyList<TagChange>>.Fail($"no item '{id}'");
            }
        }

        var changes = new List<TagChange>();
        foreach (string id in ids.Distinct(StringComparer.Ordinal))
        {
            var change = await TagAsync(id, add ?? [], remove ?? [], null, cancellationToken).ConfigureAwait(false);
            if (!change.IsSuccess)
            {
                return Result<IReadOnlyList<TagChange>>.Fail(change.Error!);
            }

            changes.Add(change.Value);
        }

        return changes;
    }

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public async Task<Job?> JobAsync(long id, CancellationToken cancellationToken = default) =>
        await _store.GetJobAsync(id, cancellationToken).ConfigureAwait(false);

    /// <summary>Queues a failed or dead job again, attempts reset; the next worker round (or <c>roots work</c>) runs it.</summary>
    /// <returns>The job, or null when there is none, or a reason when it is not failed or dead.</returns>
    public async Task<Result<Job>?> RetryJobAsync(long id, CancellationToken cancellationToken = default)
    {
        var before = await _store.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null || before.State is not (JobState.Failed or JobState.Dead))
        {
            return before is null ? (Result<Job>?)null : Result<Job>.Fail($"job {id} is {Name(before.State)}; only failed or dead jobs are retried");
        }

        // The store re-checks the state in its UPDATE: a run that claimed the job meanwhile keeps it.
        var job = await _store.RetryJobAsync(id, cancellationToken).ConfigureAwait(false);
        return job is { State: JobState.Queued } ? job : Result<Job>.Fail($"job {id} changed meanwhile; it is {Name(job?.State ?? before.State)}");
    }

    /// <summary>Cancels a queued or failed job: it becomes dead with <see cref="CancelledReason"/> and no run claims it.</summary>
    /// <returns>The job, or null when there is none, or a reason when it is running or finished.</returns>
    public async Task<Result<Job>?> CancelJobAsync(long id, CancellationToken cancellationToken = default)
    {
        var before = await _store.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null || before.State is not (JobState.Queued or JobState.Failed))
        {
            return before is null ? (Result<Job>?)null : Result<Job>.Fail($"job {id} is {Name(before.State)}; only queued or failed jobs are cancelled");
        }

        var job = await _store.CancelJobAsync(id, CancelledReason, cancellationToken).ConfigureAwait(false);
        return job is { State: JobState.Dead } ? job : Result<Job>.Fail($"job {id} changed meanwhile; it is {Name(job?.State ?? before.State)}");
    }

    private static string Name(JobState state) => state.ToString().ToLowerInvariant();
}
