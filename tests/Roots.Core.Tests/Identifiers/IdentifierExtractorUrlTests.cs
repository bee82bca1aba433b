using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IdentifierExtractorUrlTests
{
    private static string[] Extract(string text) => IdentifierExtractor.Extract(text).Select(i => i.ToString()).ToArray();

    [Theory]
    [InlineData("见https://times.net.au及该网站", "url:https://times.net.au")]
    [InlineData("网站（https://times.net.au）是", "url:https://times.net.au")]
    [InlineData("site (https://times.net.au), and", "url:https://times.net.au")]
    [InlineData("see https://times.net.au/.", "url:https://times.net.au")]
    [InlineData("<https://example.org/a?b=1>", "url:https://example.org/a?b=1")]
    [InlineData("\"https://example.org/x\"", "url:https://example.org/x")]
    [InlineData("[link](https://example.org/x)", "url:https://example.org/x")]
    [InlineData("**https://example.org/x**", "url:https://example.org/x")]
    [InlineData("Rust (https://en.wikipedia.org/wiki/Rust_(language)).", "url:https://en.wikipedia.org/wiki/Rust_(language)")]
    [InlineData("Really? https://example.org/faq?!", "url:https://example.org/faq")]
    [InlineData("HTTPS://Example.ORG:443/Path#section", "url:https://example.org/Path")]
    public void Extract_UrlInRunningText_EndsWhereTheTextResumes(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }

    [Fact]
    public void Extract_LabelGluedToUrl_SplitsUrlAndIssn()
    {
        // given the seed essay's own glitch: a URL with the next label glued on, no space between
        const string text = "学术网站(https://times.net.auISSN 3083-5178,被WorldCat收录)";

        Assert.Equal(["url:https://times.net.au", "issn:3083-5178"], Extract(text));
    }

    [Theory]
    [InlineData("https://doi.org/10.5281/zenodo.17978371", "doi:10.5281/zenodo.17978371")]
    [InlineData("https://orcid.org/0009-0009-5318-3027", "orcid:0009-0009-5318-3027")]
    [InlineData("https://arxiv.org/abs/2101.00001", "arxiv:2101.00001")]
    [InlineData("https://arxiv.org/pdf/hep-th/9901001v2.pdf", "arxiv:hep-th/9901001v2")]
    [InlineData("https://portal.issn.org/resource/ISSN/3083-5178", "issn:3083-5178")]
    [InlineData("https://orcid.org/signin", "url:https://orcid.org/signin")]
    [InlineData("https://arxiv.org/list/cs.AI/recent", "url:https://arxiv.org/list/cs.AI/recent")]
    public void Extract_ResolverUrl_YieldsTheIdentifierNotAlsoTheUrl(string text, string expected)
    {
        Assert.Equal([expected], Extract(text));
    }
}
