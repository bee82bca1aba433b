using Roots.App.Ingest;
using Roots.Core;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Feeds;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>Feed subscriptions (RSS, Atom, JSON Feed, OPML) and polling them for new entries.</summary>
public sealed class FeedSubscriptions
{
    private readonly CollectKit _kit;
    private readonly IFeedStore _feeds;
    private readonly IItemStore _items;

    internal FeedSubscriptions(CollectKit kit, IFeedStore feeds, IItemStore items)
    {
        _kit = kit;
        _feeds = feeds;
        _items = items;
    }

    /// <summary>The shortest polling interval a feed may ask for.</summary>
    public static readonly TimeSpan MinFeedInterval = TimeSpan.FromMinutes(1);

    /// <summary>Subscribes to a feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed); nothing is fetched until a poll.</summary>
    /// <param name="url">The feed URL.</param>
    /// <param name="every">How often it is due (at least a minute).</param>
    /// <param name="full">Fetch the linked article of entries that carry only a summary.</param>
    /// <param name="stop">Cancels.</param>
    public async Task<Result<(Feed Feed, bool Created)>> AddAsync(string url, TimeSpan every, bool full, CancellationToken stop = default)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Result<(Feed, bool)>.Fail($"not a feed URL: {url} (give an http:// or https:// URL)");
        }

        if (every < MinFeedInterval)
        {
            return Result<(Feed, bool)>.Fail($"--every {every} is too often; the least is 1 minute");
        }

        // The poll would refuse it anyway; saying so now keeps a subscription that can never work out of the list.
        if (SubscriptionRefusal(uri) is { } refused)
        {
            return Result<(Feed, bool)>.Fail(refused);
        }

        return await _feeds.AddFeedAsync(uri.AbsoluteUri, every, full, stop).ConfigureAwait(false);
    }

    /// <summary>Every subscription, in the order added.</summary>
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken stop = default) =>
        await _feeds.ListFeedsAsync(stop).ConfigureAwait(false);

    /// <summary>Ends the subscription named by URL or id; the items collected from it stay.</summary>
    public async Task<Result<Feed>> RemoveAsync(string urlOrId, CancellationToken stop = default)
    {
        var feed = await FindFeedAsync(urlOrId, stop).ConfigureAwait(false);
        if (feed is null)
        {
            return Result<Feed>.Fail($"no feed {urlOrId}; roots feed list shows them");
        }

        await _feeds.RemoveFeedAsync(feed.Id, stop).ConfigureAwait(false);
        return feed;
    }

    /// <summary>
    /// Subscribes to every feed of an OPML file (folders become nothing; feeds already known keep
    /// their state). Feeds at addresses the fetcher would refuse are not subscribed; each is
    /// reported with the reason.
    /// </summary>
    /// <returns>How many feeds were new, how many were known, and the refusals.</returns>
    public async Task<Result<(int Added, int Known, IReadOnlyList<string> Refused)>> ImportOpmlAsync(string path, TimeSpan every, bool full, CancellationToken stop = default)
    {
        Result<IReadOnlyList<OpmlOutline>> outlines;
        try
        {
            outlines = Opml.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<(int, int, IReadOnlyList<string>)>.Fail($"cannot read {path}: {e.Message}");
        }

        if (!outlines.IsSuccess)
        {
            return Result<(int, int, IReadOnlyList<string>)>.Fail($"{path}: {outlines.Error}");
        }

        int added = 0, known = 0;
        var refusals = new List<string>();
        foreach (var outline in outlines.Value)
        {
            if (SubscriptionRefusal(outline.FeedUrl) is { } refused)
            {
                refusals.Add(refused);
                continue;
            }

            var (_, created) = await _feeds.AddFeedAsync(outline.FeedUrl.AbsoluteUri, every, full, stop).ConfigureAwait(false);
            _ = created ? added++ : known++;
        }

        return (added, known, refusals);
    }

    /// <summary>Why a feed at <paramref name="url"/> must not be subscribed: the fetcher's address guard with <c>fetch.allow</c>, as far as it can tell without the network.</summary>
    private string? SubscriptionRefusal(Uri url)
    {
        var allow = _kit.Config.Fetch.AllowList();
        return allow.IsSuccess ? UrlGuard.CheckAddress(url, allow.Value) : allow.Error;
    }

    /// <summary>The subscriptions as OPML 2.0, for other feed readers.</summary>
    public async Task<string> ExportOpmlAsync(CancellationToken stop = default)
    {
        var feeds = await _feeds.ListFeedsAsync(stop).ConfigureAwait(false);
        return Opml.Write(feeds.Select(f => new OpmlOutline(f.Title ?? f.Url, new Uri(f.Url))), "Roots subscriptions", _kit.Time.GetUtcNow());
    }

    /// <summary>
    /// Polls the feeds that are due (or all): conditional GET with the last ETag and Last-Modified,
    /// so an unchanged feed costs a 304; only entries not collected before become items.
    /// </summary>
    public async Task<FeedPollReport> PollAsync(bool all, IProgress<IngestProgress>? progress = null, CancellationToken stop = default)
    {
        var now = _kit.Time.GetUtcNow();
        var feeds = (await _feeds.ListFeedsAsync(stop).ConfigureAwait(false)).Where(f => all || f.NextDue <= now).ToList();
        var items = new IngestReport();
        var allow = _kit.Config.Fetch.AllowList();
        if (!allow.IsSuccess)
        {
            items.Failures.Add(new FailedInput("fetch.allow", allow.Error!));
            return new FeedPollReport([], items);
        }

        if (feeds.Count == 0)
        {
            return new FeedPollReport([], items);
        }

        await using var web = _kit.OpenWeb(allow.Value);
        var poller = new FeedPoller(_feeds, _items, web, _kit.Config.Fetch.Concurrency, _kit.Time);
        var polled = await poller.FetchAsync(feeds, stop).ConfigureAwait(false);
        var inputs = polled.SelectMany(p => p.Inputs).ToList();
        var report = await _kit.WebRunner().RunAsync(inputs, inputs.Count, progress, CancellationToken.None).ConfigureAwait(false);
        report.Interrupted = stop.IsCancellationRequested;
        var results = await poller.RecordAsync(polled, report, stop).ConfigureAwait(false);
        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
        return new FeedPollReport(results, report);
    }

    private async Task<Feed?> FindFeedAsync(string urlOrId, CancellationToken stop)
    {
        var feed = await _feeds.FindFeedAsync(urlOrId, stop).ConfigureAwait(false);
        if (feed is null && Uri.TryCreate(urlOrId, UriKind.Absolute, out var uri))
        {
            feed = await _feeds.FindFeedAsync(uri.AbsoluteUri, stop).ConfigureAwait(false);
        }

        return feed;
    }
}
