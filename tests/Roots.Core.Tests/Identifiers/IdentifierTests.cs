using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IdentifierTests
{
    [Theory]
    [InlineData(IdentifierKind.Doi, "https://doi.org/10.5281/ZENODO.17978371", "doi:10.5281/zenodo.17978371", "https://doi.org/10.5281/zenodo.17978371")]
    [InlineData(IdentifierKind.Issn, "ISSN 3083-5178", "issn:3083-5178", "https://portal.issn.org/resource/ISSN/3083-5178")]
    [InlineData(IdentifierKind.Orcid, "0000000218250097", "orcid:0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097")]
    [InlineData(IdentifierKind.Arxiv, "arXiv:2101.00001", "arxiv:2101.00001", "https://arxiv.org/abs/2101.00001")]
    [InlineData(IdentifierKind.Url, "HTTPS://Times.Net.AU/", "url:https://times.net.au", "https://times.net.au")]
    public void Create_ValidInput_HasSchemeFormAndLink(IdentifierKind kind, string written, string schemeForm, string link)
    {
        var identifier = Identifier.Create(kind, written).Value;

        Assert.Equal(kind, identifier.Kind);
        Assert.Equal(schemeForm, identifier.ToString());
        Assert.Equal(link, identifier.Link);
    }

    [Fact]
    public void Create_Isbn_HasNoLink()
    {
        // given an ISBN, which has no single authoritative resolver
        var isbn = Identifier.Create(IdentifierKind.Isbn, "0-306-40615-2").Value;

        Assert.Equal("isbn:9780306406157", isbn.ToString());
        Assert.Null(isbn.Link);
    }

    [Fact]
    public void Equality_TwoSpellingsOfOneDoi_AreEqual()
    {
        var fromUrl = Identifier.Create(IdentifierKind.Doi, "https://doi.org/10.5281/ZENODO.17978371").Value;
        var bare = Identifier.Create(IdentifierKind.Doi, "10.5281/zenodo.17978371.").Value;

        Assert.Equal(fromUrl, bare);
        Assert.Equal(fromUrl.GetHashCode(), bare.GetHashCode());
    }

    [Fact]
    public void Equality_SameValueDifferentKind_AreNotEqual()
    {
        var issnLike = Identifier.Create(IdentifierKind.Url, "https://example.org/3083-5178").Value;
        var url = Identifier.Create(IdentifierKind.Url, "https://example.org/3083-5178").Value;
        var issn = Identifier.Create(IdentifierKind.Issn, "3083-5178").Value;

        Assert.Equal(issnLike, url);
        Assert.NotEqual<object>(issn, url);
    }

    [Fact]
    public void Create_InvalidInput_CarriesTheParsersReason()
    {
        var result = Identifier.Create(IdentifierKind.Issn, "3083-5177");

        Assert.False(result.IsSuccess);
        Assert.Contains("should be 8, not 7", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedKind_Fails()
    {
        var result = Identifier.Create((IdentifierKind)99, "anything");

        Assert.False(result.IsSuccess);
        Assert.Equal("unknown identifier kind 99", result.Error);
    }

    [Theory]
    [InlineData(IdentifierKind.Doi, "DOI: 10.1145/3359591.3359737.")]
    [InlineData(IdentifierKind.Issn, "ISSN：2434-561x")]
    [InlineData(IdentifierKind.Orcid, "https://orcid.org/0000-0002-1694-233x")]
    [InlineData(IdentifierKind.Isbn, "ISBN-10: 0-8044-2957-X")]
    [InlineData(IdentifierKind.Arxiv, "https://arxiv.org/pdf/math.GT/0309136v1.pdf")]
    [InlineData(IdentifierKind.Url, "HTTP://Example.ORG:80/?q=1#top")]
    public void Create_NormalisedValue_IsAFixedPoint(IdentifierKind kind, string written)
    {
        // given a value already normalised once
        var once = Identifier.Create(kind, written).Value;

        // when it is normalised again (as when a stored value is read back), then nothing changes
        Assert.Equal(once, Identifier.Create(kind, once.Value).Value);
    }
}
