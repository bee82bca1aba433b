using Roots.Core.Identifiers;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IIdentifierIndex"/>: the validated identifiers of items' current versions, looked up both ways.</summary>
public abstract class IdentifierContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private static Identifier Id(IdentifierKind kind, string value) => Identifier.Create(kind, value).Value;

    private static readonly Identifier Doi = Id(IdentifierKind.Doi, "10.1000/xyz123");
    private static readonly Identifier Issn = Id(IdentifierKind.Issn, "0317-8471");
    private static readonly Identifier Orcid = Id(IdentifierKind.Orcid, "0000-0002-1825-0097");
    private static readonly Identifier Url = Id(IdentifierKind.Url, "https://example.org/paper");

    [ContractFact]
    public async Task Identifiers_AreFoundBothWays()
    {
        var ids = await AddAsync(
            Prepared.Item("/a", "A", "a") with { Identifiers = [Url, Orcid, Doi, Issn, Doi] },
            Prepared.Item("/b", "B", "b") with { Identifiers = [Doi] },
            Prepared.Item("/c", "C", "c"));

        Assert.Equal(
            [("doi", Doi.Value), ("issn", Issn.Value), ("orcid", Orcid.Value), ("url", Url.Value)],
            await Store.GetIdentifiersAsync(ids[0]));
        Assert.Equal([ids[0], ids[1]], await Store.FindByIdentifierAsync(Doi));
        Assert.Equal([ids[0]], await Store.FindByIdentifierAsync(Orcid));
        Assert.Empty(await Store.FindByIdentifierAsync(Id(IdentifierKind.Doi, "10.1000/none")));
        Assert.Empty(await Store.GetIdentifiersAsync(ids[2]));
    }

    [ContractFact]
    public async Task Identifiers_IsbnAndArxiv_AreStoredUnderTheirKinds()
    {
        var isbn = Id(IdentifierKind.Isbn, "9780306406157");
        var arxiv = Id(IdentifierKind.Arxiv, "2101.00001");
        var ids = await AddAsync(Prepared.Item("/a", "A", "a") with { Identifiers = [isbn, arxiv] });

        Assert.Equal([("arxiv", arxiv.Value), ("isbn", isbn.Value)], await Store.GetIdentifiersAsync(ids[0]));
        Assert.Equal([ids[0]], await Store.FindByIdentifierAsync(isbn));
        Assert.Empty(await Store.FindByIdentifierAsync(Id(IdentifierKind.Url, "https://example.org/" + isbn.Value)));
    }

    [ContractFact]
    public async Task Identifiers_OfANewVersion_ReplaceThoseOfTheOldOne()
    {
        long id = (await AddAsync(Prepared.Item("/a", "A", "a") with { Identifiers = [Doi, Issn] }))[0];

        await Store.KeepAsync([Prepared.Item("/a", "A", "a, revised") with { Identifiers = [Orcid] }]);

        Assert.Equal([("orcid", Orcid.Value)], await Store.GetIdentifiersAsync(id));
        Assert.Empty(await Store.FindByIdentifierAsync(Doi));
        Reopen();
        Assert.Equal([id], await Store.FindByIdentifierAsync(Orcid));
    }
}
