using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Vectors;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IVectorIndex"/>: passage vectors per item version, the pending queue, the cached matrix, and filter ids.</summary>
public abstract class VectorContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private Task<long[]> KeepThreeAsync() => AddAsync(
        Prepared.Item("/a.md", "Tea", "Oolong grows in Fujian."),
        Prepared.Item("/b.md", "Archives", "Web archives keep pages."),
        Prepared.Item("/c.md", "茶", "乌龙茶产于福建。", "zh", ["tea"]));

    [ContractFact]
    public async Task Pending_ListsItemsUntilTheirVectorsAreSaved()
    {
        var ids = await KeepThreeAsync();

        Assert.Equal(ids, await Store.PendingEmbeddingAsync("m", 10));
        Assert.Equal(ids[..2], await Store.PendingEmbeddingAsync("m", 2));
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0, 0, 1])]);

        Assert.Equal(ids[1..], await Store.PendingEmbeddingAsync("m", 10));
        Assert.Equal(2, await Store.CountPendingEmbeddingAsync("m"));
        Assert.Equal(3, await Store.CountPendingEmbeddingAsync("another-model"));
    }

    [ContractFact]
    public async Task Pending_ANewVersion_NeedsNewVectors()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0]), new ItemEmbedding(ids[1], 1, "m", 2, [0, 1])]);

        await Store.KeepAsync([Prepared.Item("/a.md", "Tea", "Oolong and green tea grow in Fujian.")]);

        Assert.Equal([ids[0], ids[2]], await Store.PendingEmbeddingAsync("m", 10));
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 2, "m", 2, [1, 0])]);
        Assert.Equal([ids[2]], await Store.PendingEmbeddingAsync("m", 10));
    }

    [ContractFact]
    public async Task LoadVectors_RoundTripsEveryPassage()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([
            new ItemEmbedding(ids[0], 1, "m", 2, [1, 0, 0, 1]),
            new ItemEmbedding(ids[1], 1, "m", 2, [0.6f, 0.8f]),
        ]);

        var matrix = await Store.LoadVectorsAsync("m");

        // each item scores by its best passage: both of the first item's passages are there
        Assert.Equal((3, 2), (matrix.Rows, matrix.Dimensions));
        Assert.Equal([(ids[0], 1f), (ids[1], 0.6f)], Rounded(matrix.Nearest([1f, 0f], 3)));
        Assert.Equal([(ids[0], 1f), (ids[1], 0.8f)], Rounded(matrix.Nearest([0f, 1f], 3)));
        Assert.Null(matrix.ItemCentroid(ids[2]));
        Assert.Equal(0, (await Store.LoadVectorsAsync("other-model")).Rows);
    }

    private static List<(long, float)> Rounded(IReadOnlyList<(long ItemId, float Score)> hits) =>
        hits.Select(h => (h.ItemId, MathF.Round(h.Score, 5))).ToList();

    [ContractFact]
    public async Task LoadVectors_AfterSave_SeesTheNewVectorsWithoutReopening()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0])]);
        Assert.Equal(1, (await Store.LoadVectorsAsync("m")).Rows);

        // a new item's vectors, then an item's vectors replaced (same row count)
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[2], 1, "m", 2, [-1, 0])]);
        var added = await Store.LoadVectorsAsync("m");
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[2], 1, "m", 2, [0, -1])]);
        var replaced = await Store.LoadVectorsAsync("m");

        Assert.Equal(2, added.Rows);
        Assert.Equal(ids[2], added.Nearest([-1f, 0f], 1)[0].ItemId);
        Assert.Equal(2, replaced.Rows);
        Assert.Equal([0f, -1f], replaced.ItemCentroid(ids[2]) ?? []);
    }

    [ContractFact]
    public async Task LoadVectors_AfterAnotherInstanceWrites_SeesTheNewVectors()
    {
        // given a store that loaded (and may cache) the vectors
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0]), new ItemEmbedding(ids[1], 1, "m", 2, [0, 1])]);
        Assert.Equal(2, (await Store.LoadVectorsAsync("m")).Rows);
        var embedder = OpenAnother();

        // when another worker replaces one item's vectors a second later, and later clears them all
        Clock.Advance(TimeSpan.FromSeconds(1));
        await embedder.SaveEmbeddingsAsync([new ItemEmbedding(ids[1], 1, "m", 2, [0, -1])]);
        var replaced = await Store.LoadVectorsAsync("m");
        await embedder.ClearEmbeddingsAsync();
        var cleared = await Store.LoadVectorsAsync("m");

        // then the first store sees each change
        Assert.Equal([0f, -1f], replaced.ItemCentroid(ids[1]) ?? []);
        Assert.Equal(0, cleared.Rows);
    }

    [ContractFact]
    public async Task ClearEmbeddings_MakesEveryItemPendingAgain()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0])]);
        Assert.Equal(1, (await Store.LoadVectorsAsync("m")).Rows);

        await Store.ClearEmbeddingsAsync();

        Assert.Equal(3, await Store.CountPendingEmbeddingAsync("m"));
        Assert.Equal(0, (await Store.LoadVectorsAsync("m")).Rows);
    }

    [ContractFact]
    public async Task Vectors_SurviveReopen()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[1], 1, "m", 3, [0.6f, 0, -0.8f, 0, 1, 0])]);

        Reopen();

        var matrix = await Store.LoadVectorsAsync("m");
        Assert.Equal((2, 3), (matrix.Rows, matrix.Dimensions));
        Assert.Equal([(ids[1], 1f)], Rounded(matrix.Nearest([0.6f, 0f, -0.8f], 3)));
        Assert.Equal([(ids[1], 1f)], Rounded(matrix.Nearest([0f, 1f, 0f], 3)));
        Assert.Equal([ids[0], ids[2]], await Store.PendingEmbeddingAsync("m", 10));
    }

    [ContractFact]
    public async Task PendingRelated_ListsItemsWhoseVectorsWereSaved_UntilTheirLinksAreMarkedStored()
    {
        // given vectors saved for two items, in two batches
        var ids = await KeepThreeAsync();
        Assert.Empty(await Store.PendingRelatedAsync("m"));
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[2], 1, "m", 2, [1, 0])]);
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [0, 1])]);

        // then both wait for related links, in id order, for that model only, and survive a reopen (as after a kill)
        Reopen();
        Assert.Equal([ids[0], ids[2]], await Store.PendingRelatedAsync("m"));
        Assert.Empty(await Store.PendingRelatedAsync("another-model"));

        // when one's links are stored, it no longer waits; new vectors for it make it wait again
        await Store.MarkRelatedStoredAsync([ids[0]]);
        Assert.Equal([ids[2]], await Store.PendingRelatedAsync("m"));
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [0.6f, 0.8f])]);
        Assert.Equal([ids[0], ids[2]], await Store.PendingRelatedAsync("m"));

        // and marking nothing, or an item that does not wait, changes nothing
        await Store.MarkRelatedStoredAsync([]);
        await Store.MarkRelatedStoredAsync([ids[1]]);
        Assert.Equal([ids[0], ids[2]], await Store.PendingRelatedAsync("m"));
    }

    [ContractFact]
    public async Task ClearEmbeddings_LeavesNoItemWaitingForRelatedLinks()
    {
        var ids = await KeepThreeAsync();
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 2, [1, 0])]);

        await Store.ClearEmbeddingsAsync();

        Assert.Empty(await Store.PendingRelatedAsync("m"));
    }

    [ContractFact]
    public async Task MatchingIds_AppliesEveryConditionAndIgnoresPaging()
    {
        var ids = await AddAsync(
            Prepared.Item("/1", "One", "one", "en", ["a"]),
            Prepared.Item("/2", "二", "二", "zh", ["a", "b"]),
            Prepared.Item("/3", "Three", "three", "en", ["b"], kind: "pdf"));
        var later = Clock.Advance(TimeSpan.FromMinutes(1));
        long four = (await AddAsync(Prepared.Item("/4", "Four", "four", "en", ["a"])))[0];

        Assert.Equal([.. ids, four], (await Store.MatchingIdsAsync(ItemFilter.None)).Order());
        Assert.Equal([ids[1]], await Store.MatchingIdsAsync(ItemFilter.None with { Language = "zh" }));
        Assert.Equal([ids[0], ids[1], four], (await Store.MatchingIdsAsync(new ItemFilter(Tags: ["a"], Limit: 1))).Order());
        Assert.Equal([ids[1]], await Store.MatchingIdsAsync(new ItemFilter(Tags: ["A", "b"])));
        Assert.Equal([ids[2]], await Store.MatchingIdsAsync(new ItemFilter(Kind: "pdf", Offset: 5)));
        Assert.Equal([four], await Store.MatchingIdsAsync(new ItemFilter(Since: later)));
        Assert.Equal([four], await Store.MatchingIdsAsync(new ItemFilter(Tags: ["a"], Language: "en", Since: later)));
        Assert.Empty(await Store.MatchingIdsAsync(new ItemFilter(Tags: ["a"], Kind: "pdf")));
    }
}
