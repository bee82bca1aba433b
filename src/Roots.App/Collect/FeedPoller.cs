using Roots.App.Ingest;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Feeds;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>
/// The steps of a feed poll around the keeping of new entries: fetch every feed conditionally
/// and concurrently, find the entries not collected before (fetching linked articles for
/// <c>--full</c> feeds), and afterwards record the entries kept and what each poll learned.
/// An entry that failed is not recorded, so the next poll tries it again.
/// </summary>
internal sealed class FeedPoller(IFeedStore feeds, IItemStore items, WebSession web, int concurrency, TimeProvider time)
{
    /// <summary>Fetches the feeds and prepares their new entries as ingest inputs.</summary>
    public async Task<IReadOnlyList<PolledFeed>> FetchAsync(IReadOnlyList<Feed> feeds, CancellationToken stop)
    {
        var fetched = new FetchResult?[feeds.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, feeds.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var feed = feeds[i];
            fetched[i] = await TryFetchAsync(new FetchRequest(new Uri(feed.Url), feed.ETag, feed.LastModified), stop).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var polled = new List<PolledFeed>(feeds.Count);
        for (int i = 0; i < feeds.Count; i++)
        {
            polled.Add(await PrepareAsync(feeds[i], fetched[i], stop).ConfigureAwait(false));
        }

        return polled;
    }

    /// <summary>Records the entries kept and each feed's poll; returns one result per feed.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> RecordAsync(IReadOnlyList<PolledFeed> polled, IngestReport report, CancellationToken stop)
    {
        var failed = report.Failures.Select(f => f.Label).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var results = new List<FeedPollResult>(polled.Count);
        foreach (var p in polled)
        {
            var kept = new List<(string, long?)>();
            foreach (var (key, source, label) in p.Entries)
            {
                if (!failed.Contains(label))
                {
                    kept.Add((key, (await items.FindSourceAsync(source, stop).ConfigureAwait(false))?.ItemId));
                }
            }

            if (kept.Count > 0)
            {
                await feeds.AddEntriesAsync(p.Feed.Id, kept, stop).ConfigureAwait(false);
            }

            if (p.Error is null && p.Result is null)
            {
                results.Add(new FeedPollResult(p.Feed, "interrupted", 0, null));
                continue; // not polled: stays due
            }

            var result = p.Result;
            bool notModified = result?.Outcome == FetchOutcome.NotModified;
            await feeds.RecordPollAsync(p.Feed.Id, new FeedPollRecord(
                p.Title,
                notModified ? p.Feed.ETag : result?.ETag,
                notModified ? p.Feed.LastModified : result?.LastModified,
                p.Error,
                now,
                now + p.Feed.Every), stop).ConfigureAwait(false);
            string status = p.Error is not null ? "failed" : notModified ? "not-modified" : kept.Count > 0 ? "new" : "unchanged";
            results.Add(new FeedPollResult(p.Feed, status, kept.Count, p.Error));
        }

        return results;
    }

    private async Task<PolledFeed> PrepareAsync(Feed feed, FetchResult? result, CancellationToken stop)
    {
        if (result is null)
        {
            return new PolledFeed(feed, null, null, null, [], []);
        }

        if (result.Outcome == FetchOutcome.NotModified)
        {
            return new PolledFeed(feed, result, null, null, [], []);
        }

        if (!result.IsSuccess)
        {
            return new PolledFeed(feed, result, null, result.Reason ?? $"{result.Outcome} polling {feed.Url}", [], []);
        }

        var parsed = FeedReader.Parse(result);
        if (!parsed.IsSuccess)
        {
            return new PolledFeed(feed, result, null, $"not a feed: {parsed.Error}", [], []);
        }

        var document = parsed.Value;
        var fresh = (await feeds.NewEntriesAsync(feed.Id, document.Entries.Select(e => e.Id).ToList(), stop).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var entries = document.Entries.Where(e => fresh.Remove(e.Id)).ToList();
        var articles = new FetchResult?[entries.Count];
        if (feed.Full)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, entries.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            {
                if (entries[i].Content is null && entries[i].Link is { } link)
                {
                    articles[i] = await TryFetchAsync(link, stop).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }

        var inputs = new List<IngestInput>(entries.Count);
        var keys = new List<(string, string, string)>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var article = articles[i];
            string source = FeedEntryDocument.SourceOf(feed, entry);
            string label = entry.Link?.AbsoluteUri ?? source;
            // An article that cannot be fetched falls back to what the feed carries.
            inputs.Add(new IngestInput(label, () => article is { IsSuccess: true }
                ? FeedEntryDocument.FromArticle(feed, entry, article)
                : FeedEntryDocument.FromEntry(feed, entry)));
            keys.Add((entry.Id, source, label));
        }

        return new PolledFeed(feed, result, document.Title, null, inputs, keys);
    }

    private async Task<FetchResult?> TryFetchAsync(FetchRequest request, CancellationToken stop)
    {
        if (stop.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            return await web.FetchAsync(request, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>One feed's fetch and what it brought.</summary>
    public sealed record PolledFeed(
        Feed Feed,
        FetchResult? Result,
        string? Title,
        string? Error,
        IReadOnlyList<IngestInput> Inputs,
        IReadOnlyList<(string EntryKey, string Source, string Label)> Entries);
}
