using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="ISimHashStore"/>: 64-bit hashes with four 16-bit bands, stale hashes, and same-URL or same-DOI groups.</summary>
public abstract class SimHashContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private const ulong Hash = 0x1234_5678_9ABC_DEF0;

    private Task<long[]> KeepFiveAsync() => AddAsync(
        Prepared.Item("/a", "A", "alpha text"),
        Prepared.Item("/b", "B", "beta text"),
        Prepared.Item("/c", "C", "gamma"),
        Prepared.Item("/d", "D", "delta"),
        Prepared.Item("/e", "E", "epsilon"));

    [ContractFact]
    public async Task Candidates_ShareAtLeastOneBand()
    {
        var ids = await KeepFiveAsync();
        await Store.SaveSimHashesAsync([
            (ids[0], Hash),
            (ids[1], Hash ^ 0x7),                       // 3 bits apart, in band 0
            (ids[2], ~Hash),                            // no band in common
            (ids[3], (~Hash & 0x0000_FFFF_FFFF_FFFF) | (Hash & 0xFFFF_0000_0000_0000)), // band 3 only
            (ids[4], Hash ^ 0x0001_0001_0001_0001),     // 4 bits apart, one in every band
        ]);

        var candidates = await Store.SimHashCandidatesAsync(ids[0], Hash);

        Assert.Equal(
            [(ids[1], Hash ^ 0x7), (ids[3], (~Hash & 0x0000_FFFF_FFFF_FFFF) | (Hash & 0xFFFF_0000_0000_0000))],
            candidates.OrderBy(c => c.ItemId));
    }

    [ContractFact]
    public async Task Candidates_OfAHashNotYetSaved_ExcludeOnlyTheAskingItem()
    {
        var ids = await KeepFiveAsync();
        await Store.SaveSimHashesAsync([(ids[0], Hash), (ids[1], Hash)]);

        Assert.Equal([(ids[0], Hash), (ids[1], Hash)], (await Store.SimHashCandidatesAsync(ids[4], Hash)).OrderBy(c => c.ItemId));
        Assert.Equal([(ids[1], Hash)], await Store.SimHashCandidatesAsync(ids[0], Hash));
    }

    [ContractFact]
    public async Task Hashes_WithTheTopBitSet_RoundTripAsUnsigned()
    {
        var ids = await KeepFiveAsync();
        const ulong high = 0xFFFF_1234_8000_0001;

        await Store.SaveSimHashesAsync([(ids[2], high), (ids[0], ulong.MaxValue), (ids[1], 0)]);
        Reopen();

        Assert.Equal([(ids[0], ulong.MaxValue), (ids[1], 0UL), (ids[2], high)], await Store.AllSimHashesAsync());
        Assert.Equal([(ids[2], high)], await Store.SimHashCandidatesAsync(ids[0], high));
    }

    [ContractFact]
    public async Task Save_ReplacesTheItemsHash()
    {
        var ids = await KeepFiveAsync();
        await Store.SaveSimHashesAsync([(ids[0], Hash), (ids[1], Hash)]);

        await Store.SaveSimHashesAsync([(ids[0], ~Hash)]);

        Assert.Equal([(ids[0], ~Hash), (ids[1], Hash)], await Store.AllSimHashesAsync());
        Assert.Empty(await Store.SimHashCandidatesAsync(ids[1], Hash));
    }

    [ContractFact]
    public async Task ItemsWithoutSimHash_ListsMissingAndStaleHashes()
    {
        var ids = await KeepFiveAsync();
        Assert.Equal(ids, await Store.ItemsWithoutSimHashAsync());
        await Store.SaveSimHashesAsync([(ids[0], Hash), (ids[1], Hash), (ids[2], Hash), (ids[3], Hash)]);

        // a new version makes the hash of /b stale
        await Store.KeepAsync([Prepared.Item("/b", "B", "beta text, rewritten")]);

        Assert.Equal([ids[1], ids[4]], await Store.ItemsWithoutSimHashAsync());
        await Store.SaveSimHashesAsync([(ids[1], Hash), (ids[4], Hash)]);
        Assert.Empty(await Store.ItemsWithoutSimHashAsync());
    }

    [ContractFact]
    public async Task SameUrlOrDoi_GroupsItemsByTheirOwnUrlOrDoi()
    {
        var ids = await AddAsync(
            Prepared.Item("/a", "A", "a") with { Url = "https://example.org/same" },
            Prepared.Item("/b", "B", "b") with { Url = "https://example.org/same" },
            Prepared.Item("/c", "C", "c") with { Url = "https://example.org/alone" },
            Prepared.Item("/d", "D", "d") with { Fields = new Dictionary<string, string> { ["doi"] = "10.1000/ABC" } },
            Prepared.Item("/e", "E", "e") with { Fields = new Dictionary<string, string> { ["doi"] = "10.1000/abc", ["author"] = "x" } },
            Prepared.Item("/f", "F", "cites 10.1000/abc in its text") with { Fields = new Dictionary<string, string> { ["author"] = "y" } },
            Prepared.Item("/g", "G", "g") with { Url = "", Fields = new Dictionary<string, string> { ["doi"] = "10.1000/other" } },
            Prepared.Item("/h", "H", "h") with { Url = "" });

        var groups = await Store.SameUrlOrDoiAsync();

        Assert.Equal(
            [("same doi 10.1000/abc", new[] { ids[3], ids[4] }), ("same url https://example.org/same", new[] { ids[0], ids[1] })],
            groups.OrderBy(g => g.Evidence, StringComparer.Ordinal).Select(g => (g.Evidence, g.ItemIds.ToArray())));
    }

    [ContractFact]
    public async Task SameUrlOrDoi_ReadsTheDoiOfTheCurrentVersion()
    {
        await AddAsync(
            Prepared.Item("/d", "D", "d") with { Fields = new Dictionary<string, string> { ["doi"] = "10.1000/abc" } },
            Prepared.Item("/e", "E", "e") with { Fields = new Dictionary<string, string> { ["doi"] = "10.1000/abc" } });
        Assert.Single(await Store.SameUrlOrDoiAsync());

        await Store.KeepAsync([Prepared.Item("/e", "E", "e, corrected") with { Fields = new Dictionary<string, string> { ["doi"] = "10.1000/def" } }]);

        Assert.Empty(await Store.SameUrlOrDoiAsync());
    }
}
