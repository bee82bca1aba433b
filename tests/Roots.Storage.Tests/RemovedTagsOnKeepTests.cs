namespace Roots.Storage.Sqlite.Tests;

public sealed class RemovedTagsOnKeepTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Keep_ANewVersionCarryingARemovedTag_DoesNotBringItBack()
    {
        // given an imported item whose "news" tag the user removed
        var first = await _db.Store.KeepAsync([TestStore.Item("record:1", "Tea", "Oolong grows in Fujian.", tags: ["news", "tea"])]);
        long id = first[0].ItemId;
        await _db.Store.RemoveTagsAsync(id, ["news"]);

        // when the source is imported again with new text and the same tags
        await _db.Store.KeepAsync([TestStore.Item("record:1", "Tea", "Oolong and green tea grow in Fujian.", tags: ["news", "tea"])]);

        // then the user's removal stands
        var item = await _db.Store.GetAsync(id);
        Assert.Equal(["tea"], item!.Tags);
    }
}
