using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Storage.Sqlite.Tests;

public sealed class SqliteStoreVectorTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<long[]> KeepThree()
    {
        var outcomes = await _db.Store.KeepAsync([
            TestStore.Item("/a.md", "Tea", "Oolong grows in Fujian."),
            TestStore.Item("/b.md", "Archives", "Web archives keep pages."),
            TestStore.Item("/c.md", "茶", "乌龙茶产于福建。", "zh", ["tea"]),
        ]);
        return outcomes.Select(o => o.ItemId).ToArray();
    }

    [Fact]
    public async Task Pending_ListsItemsUntilTheirVectorsAreSaved()
    {
        var ids = await KeepThree();

        Assert.Equal(ids, await _db.Store.PendingEmbeddingAsync("m", 10));
        await _db.Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0, 0, 1])]);

        Assert.Equal(ids[1..], await _db.Store.PendingEmbeddingAsync("m", 10));
        Assert.Equal(2, await _db.Store.CountPendingEmbeddingAsync("m"));
        Assert.Equal(3, await _db.Store.CountPendingEmbeddingAsync("another-model"));
    }

    [Fact]
    public async Task Pending_ANewVersion_NeedsNewVectors()
    {
        var ids = await KeepThree();
        await _db.Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0])]);

        await _db.Store.KeepAsync([TestStore.Item("/a.md", "Tea", "Oolong and green tea grow in Fujian.")]);

        Assert.Contains(ids[0], await _db.Store.PendingEmbeddingAsync("m", 10));
    }

    [Fact]
    public async Task LoadVectors_RoundTripsEveryPassage_AndSeesLaterWrites()
    {
        var ids = await KeepThree();
        await _db.Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0, 0, 1]), new ItemEmbedding(ids[1], 1, "m", 2, [0.6f, 0.8f])]);

        var first = await _db.Store.LoadVectorsAsync("m");
        Assert.Equal(3, first.Rows);
        Assert.Equal(ids[0], first.Nearest([0f, 1f], 1)[0].ItemId);

        await _db.Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[2], 1, "m", 2, [-1, 0])]);
        _db.Reopen();
        var second = await _db.Store.LoadVectorsAsync("m");
        Assert.Equal(4, second.Rows);
        Assert.Equal(ids[2], second.Nearest([-1f, 0f], 1)[0].ItemId);
    }

    [Fact]
    public async Task MatchingIds_AppliesTheFilter()
    {
        var ids = await KeepThree();

        var chinese = await _db.Store.MatchingIdsAsync(ItemFilter.None with { Language = "zh" });

        Assert.Equal([ids[2]], chinese);
    }

    [Fact]
    public async Task ClearEmbeddings_MakesEveryItemPendingAgain()
    {
        var ids = await KeepThree();
        await _db.Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0])]);

        await _db.Store.ClearEmbeddingsAsync();

        Assert.Equal(3, await _db.Store.CountPendingEmbeddingAsync("m"));
        Assert.Equal(0, (await _db.Store.LoadVectorsAsync("m")).Rows);
    }

    [Fact]
    public async Task Links_ReplaceAndBacklinks()
    {
        var ids = await KeepThree();
        await _db.Store.ReplaceLinksAsync(LinkKinds.Mentions, [ids[0]], [new Link(ids[0], LinkKinds.Mentions, ids[1], 1, "title:archives")]);
        await _db.Store.AddLinksAsync([new Link(ids[2], LinkKinds.Mentions, ids[1], 1, null), new Link(ids[2], LinkKinds.Mentions, ids[2], 1, null)]);

        var backlinks = await _db.Store.LinksToAsync(ids[1], LinkKinds.Mentions);
        Assert.Equal([ids[0], ids[2]], backlinks.Select(l => l.SourceId));
        Assert.Empty(await _db.Store.LinksFromAsync(ids[2], LinkKinds.Related));

        // Replacing the outgoing links of a source drops those its text no longer supports.
        await _db.Store.ReplaceLinksAsync(LinkKinds.Mentions, [ids[0]], []);
        Assert.Equal([ids[2]], (await _db.Store.LinksToAsync(ids[1])).Select(l => l.SourceId));

        var all = new List<Link>();
        await foreach (var link in _db.Store.AllLinksAsync())
        {
            all.Add(link);
        }

        Assert.Single(all); // the self-link was refused
    }

    [Fact]
    public async Task FindByUrls_MatchesItemsOwnUrls()
    {
        var item = TestStore.Item("/d.md", "Page", "text") with { Url = "https://example.org/page" };
        var kept = await _db.Store.KeepAsync([item]);

        var found = await _db.Store.FindByUrlsAsync(["https://example.org/page", "https://example.org/other"]);

        Assert.Equal([(kept[0].ItemId, "https://example.org/page")], found);
    }
}
