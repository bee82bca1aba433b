using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IdentifierQueryTests
{
    [Theory]
    [InlineData("doi:10.5281/zenodo.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("DOI:10.5281/ZENODO.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("doi: 10.5281/zenodo.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("issn:3083-5178", "issn:3083-5178")]
    [InlineData("orcid:0000-0002-1825-0097", "orcid:0000-0002-1825-0097")]
    [InlineData("isbn:978-0-306-40615-7", "isbn:9780306406157")]
    [InlineData("arxiv:2101.00001", "arxiv:2101.00001")]
    [InlineData("arXiv:2101.00001v2", "arxiv:2101.00001v2")]
    [InlineData("url:https://Times.Net.AU/", "url:https://times.net.au")]
    [InlineData("https://doi.org/10.5281/zenodo.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("http://dx.doi.org/10.1145/3359591.3359737", "doi:10.1145/3359591.3359737")]
    [InlineData("10.5281/zenodo.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("  10.1145/3359591.3359737  ", "doi:10.1145/3359591.3359737")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "orcid:0000-0002-1825-0097")]
    [InlineData("orcid.org/0000-0002-1825-0097", "orcid:0000-0002-1825-0097")]
    [InlineData("0000-0002-1825-0097", "orcid:0000-0002-1825-0097")]
    [InlineData("https://arxiv.org/abs/2101.00001", "arxiv:2101.00001")]
    [InlineData("ISSN 3083-5178", "issn:3083-5178")]
    [InlineData("ISBN 0-306-40615-2", "isbn:9780306406157")]
    public void TryParse_WholeQueryIsAnIdentifier_ReturnsIt(string query, string expected)
    {
        Assert.True(IdentifierQuery.TryParse(query, out var identifier));
        Assert.Equal(expected, identifier.ToString());
    }

    [Theory]
    [InlineData("machine learning")]
    [InlineData("系统构建能力")]
    [InlineData("doi")]
    [InlineData("doi:")]
    [InlineData("issn:3083-5177")] // check digit wrong: search the words instead
    [InlineData("orcid:0000-0002-1825-0098")]
    [InlineData("isbn:978-0-306-40615-8")]
    [InlineData("arxiv:2113.00001")]
    [InlineData("https://example.org/page")] // an ordinary URL is not an identifier query without url:
    [InlineData("https://doi.org/")]
    [InlineData("3083-5178")] // a bare NNNN-NNNN is as likely a date range or a phone number
    [InlineData("10.5 percent")]
    [InlineData("doi:10.5281/zenodo.17978371 and more words")]
    [InlineData("note: remember this")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_OrdinaryQuery_ReturnsFalse(string? query)
    {
        Assert.False(IdentifierQuery.TryParse(query, out var identifier));
        Assert.Null(identifier);
    }

    [Fact]
    public void TryParse_HugeQuery_ReturnsFalseQuickly()
    {
        string huge = "doi:10.1234/" + new string('a', 1_000_000);

        Assert.False(IdentifierQuery.TryParse(huge, out _));
    }
}
