using System.Globalization;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IFeedStore"/>: subscriptions, polls, the entries already collected, and the validators of fetched URLs.</summary>
public abstract class FeedContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private const string FeedUrl = "https://example.org/feed.xml";

    [ContractFact]
    public async Task AddFeed_New_IsDueAtOnceWithNothingPolledYet()
    {
        var (feed, created) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(2), full: true);

        Assert.True(created);
        Assert.Equal(new Feed(feed.Id, FeedUrl, null, TimeSpan.FromHours(2), true, null, null, null, null, Start, 0), feed);
        Assert.Equal([feed], await Store.ListFeedsAsync());
    }

    [ContractFact]
    public async Task AddFeed_Twice_KeepsOneFeedAndItsState()
    {
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        var polled = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog", "\"v1\"", polled, null, polled, polled.AddHours(1)));
        await Store.AddEntriesAsync(feed.Id, [("e1", null)]);
        Clock.Advance(TimeSpan.FromDays(1));

        var (again, created) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromMinutes(30), full: true);

        Assert.False(created);
        Assert.Equal(new Feed(feed.Id, FeedUrl, "Blog", TimeSpan.FromMinutes(30), true, "\"v1\"", polled, polled, null, polled.AddHours(1), 1), again);
        Assert.Single(await Store.ListFeedsAsync());
    }

    [ContractFact]
    public async Task ListAndFind_FeedsInTheOrderAdded_ByUrlOrId()
    {
        var (b, _) = await Store.AddFeedAsync("https://example.org/b.xml", TimeSpan.FromHours(1), full: false);
        var (a, _) = await Store.AddFeedAsync("https://example.org/a.xml", TimeSpan.FromHours(1), full: false);

        Assert.Equal([b.Url, a.Url], (await Store.ListFeedsAsync()).Select(f => f.Url));
        Assert.Equal(a, await Store.FindFeedAsync("https://example.org/a.xml"));
        Assert.Equal(b, await Store.FindFeedAsync(b.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Null(await Store.FindFeedAsync("https://example.org/c.xml"));
        Assert.Null(await Store.FindFeedAsync((a.Id + b.Id + 100).ToString(CultureInfo.InvariantCulture)));
    }

    [ContractFact]
    public async Task RemoveFeed_ForgetsItsEntries()
    {
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        await Store.AddEntriesAsync(feed.Id, [("e1", null), ("e2", null)]);

        Assert.True(await Store.RemoveFeedAsync(feed.Id));
        Assert.False(await Store.RemoveFeedAsync(feed.Id));

        Assert.Empty(await Store.ListFeedsAsync());
        var (again, created) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        Assert.True(created);
        Assert.Equal(0, again.Entries);
        Assert.Equal(["e1", "e2"], await Store.NewEntriesAsync(again.Id, ["e1", "e2"]));
    }

    [ContractFact]
    public async Task RemoveFeed_KeepsTheItemsCollectedFromIt()
    {
        long item = (await AddAsync(Prepared.Item("https://example.org/post/1", "Post", "A post.")))[0];
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        await Store.AddEntriesAsync(feed.Id, [("e1", item)]);

        await Store.RemoveFeedAsync(feed.Id);

        Assert.Equal("Post", (await Store.GetAsync(item))?.Title);
    }

    [ContractFact]
    public async Task RecordPoll_Success_RecordsWhatThePollLearned()
    {
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        var t1 = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog", "\"v1\"", t1.AddDays(-1), "HTTP 500", t1, t1.AddMinutes(5)));

        var t2 = t1.AddHours(1);
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog, renamed", "\"v2\"", t1, null, t2, t2.AddHours(1)));
        var read = await Store.FindFeedAsync(FeedUrl);

        Assert.Equal(new Feed(feed.Id, FeedUrl, "Blog, renamed", TimeSpan.FromHours(1), false, "\"v2\"", t1, t2, null, t2.AddHours(1), 0), read);

        // a good poll without validators keeps none; without a title keeps the title
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord(null, null, null, null, t2, t2));
        Assert.Equal(("Blog, renamed", null, null), ((await Store.FindFeedAsync(FeedUrl))!.Title, (await Store.FindFeedAsync(FeedUrl))!.ETag, (await Store.FindFeedAsync(FeedUrl))!.LastModified));
    }

    [ContractFact]
    public async Task RecordPoll_Failure_KeepsTitleAndValidatorsOfTheLastGoodPoll()
    {
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord("Blog", "\"v1\"", now.AddDays(-2), null, now, now));
        var later = now.AddMinutes(10);

        await Store.RecordPollAsync(feed.Id, new FeedPollRecord(null, "\"ignored\"", later, "HTTP 500", later, later.AddMinutes(30)));

        var read = await Store.FindFeedAsync(feed.Url);
        Assert.Equal(new Feed(feed.Id, FeedUrl, "Blog", TimeSpan.FromHours(1), false, "\"v1\"", now.AddDays(-2), later, "HTTP 500", later.AddMinutes(30), 0), read);
    }

    [ContractFact]
    public async Task NewEntries_KnownEntriesOfAFeed_AreLeftOut()
    {
        // given a feed with one entry collected
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);
        await Store.AddEntriesAsync(feed.Id, [("e1", null)]);

        // when the next poll sees e3, e1, e2, e3 again
        var fresh = await Store.NewEntriesAsync(feed.Id, ["e3", "e1", "e2", "e3"]);

        // then e3 and e2 are new, once each, in the order given; another feed's entries are separate
        Assert.Equal(["e3", "e2"], fresh);
        var (other, _) = await Store.AddFeedAsync("https://example.org/other.xml", TimeSpan.FromHours(1), full: true);
        Assert.Equal(["e1"], await Store.NewEntriesAsync(other.Id, ["e1"]));
        Assert.Empty(await Store.NewEntriesAsync(feed.Id, []));
    }

    [ContractFact]
    public async Task AddEntries_Twice_CountsEachEntryOnce()
    {
        long item = (await AddAsync(Prepared.Item("https://example.org/post/1", "Post", "A post.")))[0];
        var (feed, _) = await Store.AddFeedAsync(FeedUrl, TimeSpan.FromHours(1), full: false);

        await Store.AddEntriesAsync(feed.Id, [("e1", null), ("e2", item)]);
        await Store.AddEntriesAsync(feed.Id, [("e1", item), ("e2", null), ("e3", null)]);

        Assert.Equal(3, (await Store.FindFeedAsync(FeedUrl))!.Entries);
        Assert.Empty(await Store.NewEntriesAsync(feed.Id, ["e1", "e2", "e3"]));
    }

    [ContractFact]
    public async Task Validators_SavedPerUrl_AreReadBackAndReplaced()
    {
        var modified = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        await Store.SaveValidatorsAsync([
            ("https://example.org/a", new FeedValidators("\"x\"", modified)),
            ("https://example.org/b", new FeedValidators(null, modified)),
            ("https://example.org/c", new FeedValidators("W/\"weak\"", null)),
        ]);

        Assert.Equal(new FeedValidators("\"x\"", modified), await Store.GetValidatorsAsync("https://example.org/a"));
        Assert.Equal(new FeedValidators(null, modified), await Store.GetValidatorsAsync("https://example.org/b"));
        Assert.Equal(new FeedValidators("W/\"weak\"", null), await Store.GetValidatorsAsync("https://example.org/c"));
        Assert.Null(await Store.GetValidatorsAsync("https://example.org/d"));

        await Store.SaveValidatorsAsync([("https://example.org/a", new FeedValidators(null, modified.AddDays(1)))]);
        Reopen();
        Assert.Equal(new FeedValidators(null, modified.AddDays(1)), await Store.GetValidatorsAsync("https://example.org/a"));
    }
}
