using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roots.App;
using Roots.App.Embedding;

namespace Roots.Web.Hosting;

/// <summary>
/// What keeps the library current while it is served: the <c>watch:</c> folders of roots.yaml, queued jobs nobody runs (retried ones, an interrupted import), pending embeddings (under the library's
/// <see cref="EmbedLock"/>, so a <c>roots embed</c> elsewhere and this never race) and due feeds.
/// It opens its own library for each round and closes it after, so an idle server holds no
/// model in memory. Ctrl-C cancels the round; finished work is kept, the rest resumes next time.
/// </summary>
internal sealed partial class BackgroundWork(ServeOptions options, RootsEngine engine, TimeProvider time, SearchCache searchCache, BackgroundRounds rounds, ILogger<BackgroundWork> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextEmbed = options.EmbedInterval > TimeSpan.Zero ? time.GetUtcNow() : DateTimeOffset.MaxValue;
        var nextFeeds = options.FeedInterval > TimeSpan.Zero ? time.GetUtcNow() + options.FeedInterval : DateTimeOffset.MaxValue;
        var nextWork = options.WorkInterval > TimeSpan.Zero ? time.GetUtcNow() + options.WorkInterval : DateTimeOffset.MaxValue;
        var nextWatch = options.WatchInterval > TimeSpan.Zero ? time.GetUtcNow() : DateTimeOffset.MaxValue;
        if (nextEmbed == DateTimeOffset.MaxValue && nextFeeds == DateTimeOffset.MaxValue && nextWork == DateTimeOffset.MaxValue && nextWatch == DateTimeOffset.MaxValue)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = Min(Min(nextEmbed, nextFeeds), Min(nextWork, nextWatch));
            if (due > now)
            {
                try
                {
                    await Task.Delay(due - now, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            if (nextWatch <= now)
            {
                // Before embedding, so what the folders bring is embedded in the same pass.
                nextWatch = now + options.WatchInterval;
                await RunAsync("watch", WatchAsync, stoppingToken).ConfigureAwait(false);
            }

            if (nextEmbed <= now)
            {
                nextEmbed = now + options.EmbedInterval;
                await RunAsync("embed", EmbedAsync, stoppingToken).ConfigureAwait(false);
            }

            if (nextFeeds <= now)
            {
                nextFeeds = now + options.FeedInterval;
                await RunAsync("feeds", (library, stop) => library.Feeds.PollAsync(false, null, stop), stoppingToken).ConfigureAwait(false);
            }

            if (nextWork <= now)
            {
                nextWork = now + options.WorkInterval;
                await RunAsync("jobs", WorkAsync, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One round over the <c>watch:</c> folders of roots.yaml: new and changed files are added, a missing folder is logged.</summary>
    private async Task WatchAsync(Library library, CancellationToken stop)
    {
        if (library.Watched.WatchFolders.Count == 0)
        {
            return;
        }

        var report = await library.Watched.ScanWatchFoldersAsync(stop).ConfigureAwait(false);
        foreach (var failure in report.Failures)
        {
            LogFailed("watch", $"{failure.Label}: {failure.Reason}");
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Works off the queue when a job has waited a whole interval (nobody is running it), until it is empty.</summary>
    private async Task WorkAsync(Library library, CancellationToken stop)
    {
        var (_, queued) = await library.Queue.JobsAsync([Roots.Core.Model.JobState.Queued], stop).ConfigureAwait(false);
        if (!queued.Any(job => job.UpdatedAt <= time.GetUtcNow() - options.WorkInterval))
        {
            return;
        }

        await library.Worker.RunAsync(Roots.App.UseCases.WorkerOptions.Default with { Concurrency = 2, UntilEmpty = true }, null, stop).ConfigureAwait(false);
    }

    private static async Task EmbedAsync(Library library, CancellationToken stop)
    {
        // Items with vectors but no related links yet (an embed killed before linking) are work too.
        if (await library.Embeddings.PendingEmbeddingsAsync(stop).ConfigureAwait(false) == 0 && await library.Embeddings.PendingRelatedLinksAsync(stop).ConfigureAwait(false) == 0)
        {
            return;
        }

        using var gate = EmbedLock.TryAcquire(library.Directory);
        if (gate is not null)
        {
            await library.Embeddings.EmbedPendingAsync(null, stop).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(string work, Func<Library, CancellationToken, Task> round, CancellationToken stop)
    {
        var opened = engine.Open(options.LibraryDirectory);
        if (!opened.IsSuccess)
        {
            LogFailed(work, opened.Error!);
            return;
        }

        using var library = opened.Value;
        try
        {
            await round(library, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Draining on shutdown: what finished is kept.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A background round must not take the server down; the next round tries again.
            LogFailed(work, e.Message);
        }
        finally
        {
            // New feed items or embeddings change what a search finds.
            searchCache.Invalidate();
            rounds.Completed(work);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "background {Work} failed: {Reason}")]
    private partial void LogFailed(string work, string reason);
}
