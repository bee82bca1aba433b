using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="ILinkStore"/>: links out and in (backlinks), replaced per kind and source, and the lookups that find link targets.</summary>
public abstract class LinkContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private Task<long[]> KeepFourAsync() => AddAsync(
        Prepared.Item("/a.md", "Tea", "Oolong grows in Fujian."),
        Prepared.Item("/b.md", "Archives", "Web archives keep pages."),
        Prepared.Item("/c.md", "茶", "乌龙茶产于福建。", "zh"),
        Prepared.Item("/d.md", "Water", "Soft water for tea."));

    private async Task<List<Link>> AllLinksAsync()
    {
        var all = new List<Link>();
        await foreach (var link in Store.AllLinksAsync())
        {
            all.Add(link);
        }

        return all;
    }

    [ContractFact]
    public async Task Links_ReplaceAndBacklinks()
    {
        var ids = await KeepFourAsync();
        await Store.ReplaceLinksAsync(LinkKinds.Mentions, [ids[0]], [new Link(ids[0], LinkKinds.Mentions, ids[1], 1, "title:archives")]);
        await Store.AddLinksAsync([new Link(ids[2], LinkKinds.Mentions, ids[1], 1, null)]);

        Assert.Equal(
            [new Link(ids[0], LinkKinds.Mentions, ids[1], 1, "title:archives"), new Link(ids[2], LinkKinds.Mentions, ids[1], 1, null)],
            await Store.LinksToAsync(ids[1], LinkKinds.Mentions));
        Assert.Empty(await Store.LinksFromAsync(ids[2], LinkKinds.Related));

        // Replacing the outgoing links of a source drops those its text no longer supports.
        await Store.ReplaceLinksAsync(LinkKinds.Mentions, [ids[0]], []);

        Assert.Equal([ids[2]], (await Store.LinksToAsync(ids[1])).Select(l => l.SourceId));
        Assert.Empty(await Store.LinksFromAsync(ids[0]));
    }

    [ContractFact]
    public async Task Links_ToItself_AreRefused()
    {
        var ids = await KeepFourAsync();

        await Store.AddLinksAsync([new Link(ids[2], LinkKinds.Mentions, ids[2], 1, null), new Link(ids[2], LinkKinds.Mentions, ids[1], 1, null)]);
        await Store.ReplaceLinksAsync(LinkKinds.Related, [ids[0]], [new Link(ids[0], LinkKinds.Related, ids[0], 0.9, null)]);

        Assert.Equal([new Link(ids[2], LinkKinds.Mentions, ids[1], 1, null)], await AllLinksAsync());
    }

    [ContractFact]
    public async Task ReplaceLinks_TouchesOnlyTheGivenKindAndSources()
    {
        var ids = await KeepFourAsync();
        await Store.AddLinksAsync([
            new Link(ids[0], LinkKinds.Mentions, ids[1], 1, "https://example.org/b"),
            new Link(ids[0], LinkKinds.Related, ids[2], 0.75, null),
            new Link(ids[3], LinkKinds.Related, ids[2], 0.5, null),
        ]);

        // when the related links of the first item are recomputed
        await Store.ReplaceLinksAsync(LinkKinds.Related, [ids[0], ids[1]], [new Link(ids[0], LinkKinds.Related, ids[3], 0.625, null)]);

        // then its mentions and the other item's related links stay
        Assert.Equal(
            [
                new Link(ids[0], LinkKinds.Mentions, ids[1], 1, "https://example.org/b"),
                new Link(ids[0], LinkKinds.Related, ids[3], 0.625, null),
                new Link(ids[3], LinkKinds.Related, ids[2], 0.5, null),
            ],
            await AllLinksAsync());
    }

    [ContractFact]
    public async Task AddLinks_KnownLink_TakesTheNewWeightAndEvidence()
    {
        var ids = await KeepFourAsync();
        await Store.AddLinksAsync([new Link(ids[0], LinkKinds.NearDuplicate, ids[1], 0.5, "simhash 3")]);

        await Store.AddLinksAsync([new Link(ids[0], LinkKinds.NearDuplicate, ids[1], 0.875, "simhash 1")]);

        Assert.Equal([new Link(ids[0], LinkKinds.NearDuplicate, ids[1], 0.875, "simhash 1")], await Store.LinksFromAsync(ids[0]));
    }

    [ContractFact]
    public async Task LinksFromAndTo_AreOrderedByKindThenStrongestFirst()
    {
        var ids = await KeepFourAsync();
        await Store.AddLinksAsync([
            new Link(ids[0], LinkKinds.Related, ids[1], 0.5, null),
            new Link(ids[0], LinkKinds.Related, ids[2], 0.875, null),
            new Link(ids[0], LinkKinds.Mentions, ids[3], 1, "Water"),
            new Link(ids[0], LinkKinds.NearDuplicate, ids[3], 0.96875, null),
            new Link(ids[1], LinkKinds.Related, ids[3], 0.25, null),
            new Link(ids[2], LinkKinds.Related, ids[3], 0.75, null),
        ]);

        var from = await Store.LinksFromAsync(ids[0]);
        var to = await Store.LinksToAsync(ids[3]);

        Assert.Equal(
            [(LinkKinds.Mentions, ids[3]), (LinkKinds.NearDuplicate, ids[3]), (LinkKinds.Related, ids[2]), (LinkKinds.Related, ids[1])],
            from.Select(l => (l.Kind, l.TargetId)));
        Assert.Equal(
            [(LinkKinds.Mentions, ids[0]), (LinkKinds.NearDuplicate, ids[0]), (LinkKinds.Related, ids[2]), (LinkKinds.Related, ids[1])],
            to.Select(l => (l.Kind, l.SourceId)));
        Assert.Equal([ids[2], ids[1]], (await Store.LinksToAsync(ids[3], LinkKinds.Related)).Select(l => l.SourceId));
        Assert.Equal([0.875, 0.5], (await Store.LinksFromAsync(ids[0], LinkKinds.Related)).Select(l => l.Weight));
    }

    [ContractFact]
    public async Task AllLinks_AreOrderedBySourceKindAndTarget_AndSurviveReopen()
    {
        var ids = await KeepFourAsync();
        await Store.AddLinksAsync([
            new Link(ids[3], LinkKinds.Mentions, ids[0], 1, "Tea"),
            new Link(ids[0], LinkKinds.Related, ids[2], 0.3, null),
            new Link(ids[0], LinkKinds.Related, ids[1], 0.9, null),
            new Link(ids[0], LinkKinds.Mentions, ids[3], 1, "Water"),
        ]);

        Reopen();

        Assert.Equal(
            [
                new Link(ids[0], LinkKinds.Mentions, ids[3], 1, "Water"),
                new Link(ids[0], LinkKinds.Related, ids[1], 0.9, null),
                new Link(ids[0], LinkKinds.Related, ids[2], 0.3, null),
                new Link(ids[3], LinkKinds.Mentions, ids[0], 1, "Tea"),
            ],
            await AllLinksAsync());
    }

    [ContractFact]
    public async Task FindByUrls_MatchesItemsOwnUrlsAndExternalIds()
    {
        var ids = await AddAsync(
            Prepared.Item("/d.html", "Page", "text") with { Url = "https://example.org/page" },
            Prepared.Item("/e.html", "Other", "other") with { Url = "https://example.org/other" },
            Prepared.Item("doi:10.1000/xyz", "Paper", "paper") with { ExternalId = "https://doi.org/10.1000/xyz" },
            Prepared.Item("/f.md", "No url", "none"));

        var found = await Store.FindByUrlsAsync(["https://doi.org/10.1000/xyz", "https://example.org/page", "https://example.org/missing"]);

        Assert.Equal([(ids[0], "https://example.org/page"), (ids[2], "https://doi.org/10.1000/xyz")], found);
        Assert.Empty(await Store.FindByUrlsAsync([]));
    }

    [ContractFact]
    public async Task AllTitles_ListsEveryItemsCurrentTitleById()
    {
        var ids = await KeepFourAsync();
        await Store.KeepAsync([Prepared.Item("/b.md", "Web archives", "Web archives keep pages and headers.")]);

        var titles = await Store.AllTitlesAsync();

        Assert.Equal([(ids[0], "Tea"), (ids[1], "Web archives"), (ids[2], "茶"), (ids[3], "Water")], titles);
    }
}
