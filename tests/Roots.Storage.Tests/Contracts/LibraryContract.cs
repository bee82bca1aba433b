using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="ILibraryStore"/> itself: where it lives, its consistency check, and a fresh library's emptiness.</summary>
public abstract class LibraryContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    [ContractFact]
    public async Task FreshLibrary_IsEmptyAndSound()
    {
        Assert.Equal(0, await ((IItemStore)Store).CountAsync());
        Assert.Equal(0, await ((ISearchIndex)Store).CountAsync());
        Assert.Empty(await Store.ListAsync(ItemFilter.None));
        Assert.Empty(await Store.ListFeedsAsync());
        Assert.Empty(await Store.ReadAsync(DateTimeOffset.MinValue));
        Assert.All((await Store.CountJobsAsync()).Values, count => Assert.Equal(0, count));
        Assert.Null(await Store.CheckIntegrityAsync());
    }

    [ContractFact]
    public async Task CheckIntegrity_AfterWritesOfEveryKind_IsSound()
    {
        var ids = await AddAsync(Prepared.Item("/a", "A", "alpha"), Prepared.Item("/b", "B", "beta"));
        await Store.AddLinksAsync([new Link(ids[0], LinkKinds.Related, ids[1], 0.5, null)]);
        await Store.SaveSimHashesAsync([(ids[0], 1UL)]);
        await Store.EnqueueAsync("url", ["x"]);
        await Store.SaveEmbeddingsAsync([new ItemEmbedding(ids[0], 1, "m", 1, [1])]);
        await Store.KeepAsync([Prepared.Item("/a", "A", "alpha, again")]);

        Reopen();

        Assert.Null(await Store.CheckIntegrityAsync());
    }

    [ContractFact]
    public void Location_NamesTheLibraryForPeople()
    {
        Assert.False(string.IsNullOrWhiteSpace(Store.Location));
        Assert.DoesNotContain("password", Store.Location, StringComparison.OrdinalIgnoreCase);
    }
}
