using System.Diagnostics;
using System.Runtime.CompilerServices;
using Roots.App.UseCases;
using Roots.Core.Ports;

namespace Roots.App.Find;

/// <summary><c>roots search --batch FILE</c>: the queries of a file, searched one after another.</summary>
/// <param name="searcher">Searches each query.</param>
public sealed class BatchSearcher(Searcher searcher)
{
    /// <summary>
    /// Runs every query of a batch file (<see cref="BatchQuery"/>, one per line; blank lines are
    /// skipped silently), one after another, and yields each answer as it comes, with its own
    /// search time. A line that is not a query is yielded with its problem; the rest go on.
    /// </summary>
    public async IAsyncEnumerable<BatchAnswer> SearchBatchAsync(
        string path, ItemFilter filter, SearchMode mode, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(filter);
        long number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var query = BatchQuery.Parse(line);
            if (!query.IsSuccess)
            {
                yield return new BatchAnswer(number, null, [], 0, query.Error);
                continue;
            }

            long started = Stopwatch.GetTimestamp();
            var results = await searcher.SearchAsync(query.Value.Text, filter, snippets: false, mode, cancellationToken).ConfigureAwait(false);
            yield return new BatchAnswer(number, query.Value, results, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
    }
}
