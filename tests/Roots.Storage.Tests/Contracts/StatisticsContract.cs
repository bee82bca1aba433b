using Roots.Core.Analysis;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="ITermStatistics"/>: document counts and document frequencies of analysed terms, kept current by every write.</summary>
public abstract class StatisticsContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private static string Term(string word) => Assert.Single(TextAnalyzer.Terms(word));

    [ContractFact]
    public async Task EmptyLibrary_HasNoDocumentsAndNoFrequencies()
    {
        Assert.Equal(0, await Store.DocumentCountAsync());
        Assert.Equal(new Dictionary<string, long> { ["tea"] = 0 }, await Store.DocumentFrequenciesAsync(["tea"]));
    }

    [ContractFact]
    public async Task DocumentFrequencies_CountDocumentsNotOccurrences()
    {
        await AddAsync(
            Prepared.Item("/a", "Tea", "Tea and more tea."),
            Prepared.Item("/b", "Water", "Boil the water for tea."),
            Prepared.Item("/c", "茶", "乌龙茶和绿茶。", "zh"),
            Prepared.Item("/d", "Coffee", "Beans."));

        var frequencies = await Store.DocumentFrequenciesAsync([Term("tea"), Term("water"), Term("beans"), "乌龙茶", "unknownterm"]);

        Assert.Equal(4, await Store.DocumentCountAsync());
        Assert.Equal(
            new Dictionary<string, long> { [Term("tea")] = 2, [Term("water")] = 1, [Term("beans")] = 1, ["乌龙茶"] = 1, ["unknownterm"] = 0 },
            frequencies);
        Assert.Empty(await Store.DocumentFrequenciesAsync([]));
    }

    [ContractFact]
    public async Task DocumentFrequencies_AfterNewVersions_CountOnlyCurrentText()
    {
        // given two items that mention tea, one of which is then rewritten without it
        await AddAsync(Prepared.Item("/a", "Notes", "Tea in the morning."), Prepared.Item("/b", "More notes", "Tea at night."));
        await Store.KeepAsync([Prepared.Item("/a", "Notes", "Coffee in the morning.")]);
        await Store.KeepAsync([Prepared.Item("/a", "Notes", "Coffee in the morning, juice at noon.")]);

        var frequencies = await Store.DocumentFrequenciesAsync([Term("tea"), Term("coffee"), Term("morning"), Term("juice")]);

        Assert.Equal(2, await Store.DocumentCountAsync());
        Assert.Equal(
            new Dictionary<string, long> { [Term("tea")] = 1, [Term("coffee")] = 1, [Term("morning")] = 1, [Term("juice")] = 1 },
            frequencies);
    }

    [ContractFact]
    public async Task DocumentFrequencies_AfterRebuild_FollowTheNewIndex()
    {
        await AddAsync(Prepared.Item("/a", "Tea", "Green leaves."), Prepared.Item("/b", "Water", "Tea leaves."));

        await Store.RebuildAsync((title, _) => (string.Join(' ', TextAnalyzer.Terms(title)), ""));

        Assert.Equal(2, await Store.DocumentCountAsync());
        Assert.Equal(
            new Dictionary<string, long> { [Term("tea")] = 1, [Term("leaves")] = 0, [Term("water")] = 1 },
            await Store.DocumentFrequenciesAsync([Term("tea"), Term("leaves"), Term("water")]));
    }
}
