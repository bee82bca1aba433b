using System.Text;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

/// <summary>A fetched page's content hyperlinks become its <c>links</c> field.</summary>
public sealed class PageLinksTests
{
    private static readonly Uri PageUrl = new("https://example.org/essays/one?x=1");

    private static string? Links(string body)
    {
        var html = $"<!DOCTYPE html><html><head><title>One</title></head><body>{body}</body></html>";
        var page = new WebPageExtractor().ExtractPage(Encoding.UTF8.GetBytes(html), "utf-8", PageUrl).Value;
        return page.Document.Fields.GetValueOrDefault("links");
    }

    [Fact]
    public void ExtractPage_ContentLinks_AreResolvedDeduplicatedAndWithoutFragments()
    {
        // when
        var links = Links(
            "<p>See <a href=\"two\">two</a>, <a href=\"/essays/three#part\">three</a>, <a href=\"two#again\">two again</a>," +
            " <a href=\"HTTP://Other.example.net/x\">elsewhere</a>, <a href=\"#top\">top</a>, <a href=\"?x=1#self\">this page</a>," +
            " <a href=\"mailto:a@example.org\">mail</a>, <a href=\"javascript:alert(1)\">js</a>, <a href=\"ftp://example.org/f\">ftp</a>.</p>");

        // then
        Assert.Equal("https://example.org/essays/two\nhttps://example.org/essays/three\nhttp://other.example.net/x", links);
    }

    [Fact]
    public void ExtractPage_NavigationHeaderFooterAndAsideLinks_AreLeftOut()
    {
        // when
        var links = Links(
            "<header><a href=\"/\">home</a></header><nav><ul><li><a href=\"/about\">about</a></li></ul></nav>" +
            "<article><p>The <a href=\"/cited\">cited essay</a>.</p></article><aside><a href=\"/ads\">ad</a></aside><footer><a href=\"/legal\">legal</a></footer>");

        // then
        Assert.Equal("https://example.org/cited", links);
    }

    [Fact]
    public void ExtractPage_NoContentLinks_HasNoLinksField()
    {
        Assert.Null(Links("<p>No links at all.</p>"));
    }

    [Fact]
    public void ExtractPage_ALinkFarm_KeepsAtMostTheCap()
    {
        // when
        var links = Links(string.Concat(Enumerable.Range(0, 5000).Select(i => $"<a href=\"/p{i}\">p{i}</a> ")));

        // then
        Assert.Equal(200, links!.Split('\n').Length);
    }
}
