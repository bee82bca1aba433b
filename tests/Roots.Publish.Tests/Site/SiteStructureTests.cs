using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Roots.Publish.Site.Check;
using Roots.Publish.Site.Feeds;

namespace Roots.Publish.Tests.Site;

/// <summary>The sitemap and feeds parse back, are complete and agree; the checker accepts a sound site and finds breakage.</summary>
public sealed class SiteStructureTests : IDisposable
{
    private readonly string _dir = SiteFixtures.Publish().Directory;

    [Fact]
    public void Check_AcceptsPublishedSite()
    {
        var report = SiteChecker.Check(_dir, SiteFixtures.BaseUrl);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.True(report.Pages > 20);
        Assert.Equal(report.Pages, report.SitemapUrls);
    }

    [Fact]
    public void Check_FindsBrokenLinkAndMissingSitemapEntry()
    {
        File.Delete(Path.Combine(_dir, "en", "items", "2", "index.html"));
        File.WriteAllText(Path.Combine(_dir, "extra.html"), "<!DOCTYPE html><html><head></head><body><a href=\"nowhere/\">x</a></body></html>");
        var report = SiteChecker.Check(_dir, SiteFixtures.BaseUrl);
        Assert.Contains(report.Problems, p => p.Contains("broken link", StringComparison.Ordinal) && p.Contains("items/2/", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p == "sitemap: extra.html is not listed");
        Assert.Contains(report.Problems, p => p == "extra.html: no <title>");
        Assert.Contains(report.Problems, p => p == "extra.html: no canonical URL");
        Assert.Contains(report.Problems, p => p.StartsWith("en/feed.xml: entry", StringComparison.Ordinal));
    }

    [Fact]
    public void Sitemap_HasReciprocalAlternatesAndXDefault()
    {
        XNamespace sm = SitemapWriter.Namespace, xhtml = SitemapWriter.XhtmlNamespace;
        var urls = XDocument.Load(Path.Combine(_dir, "sitemap.xml")).Root!.Elements(sm + "url").ToList();
        var zh = urls.Single(u => (string?)u.Element(sm + "loc") == SiteFixtures.BaseUrl + "zh/items/1/");
        var links = zh.Elements(xhtml + "link").Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href"))).ToList();
        Assert.Equal([("zh", SiteFixtures.BaseUrl + "zh/items/1/"), ("en", SiteFixtures.BaseUrl + "en/items/1/"), ("x-default", SiteFixtures.BaseUrl + "zh/items/1/")], links);
        Assert.Equal("2026-06-02T08:30:00Z", (string?)zh.Element(sm + "lastmod"));
        var en = urls.Single(u => (string?)u.Element(sm + "loc") == SiteFixtures.BaseUrl + "en/items/1/");
        Assert.Equal(links, en.Elements(xhtml + "link").Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href"))).ToList());
    }

    [Fact]
    public void Sitemap_SplitsUnderAnIndexPastTheLimit()
    {
        string dir = SiteFixtures.Publish(SiteFixtures.Content() with { Options = SiteFixtures.Options with { SitemapLimit = 10 } }).Directory;
        try
        {
            XNamespace sm = SitemapWriter.Namespace;
            var index = XDocument.Load(Path.Combine(dir, "sitemap.xml")).Root!;
            Assert.Equal(sm + "sitemapindex", index.Name);
            var parts = index.Elements(sm + "sitemap").Select(s => (string)s.Element(sm + "loc")!).ToList();
            Assert.True(parts.Count > 2);
            Assert.All(parts, p => Assert.True(File.Exists(Path.Combine(dir, p[SiteFixtures.BaseUrl.Length..]))));
            var report = SiteChecker.Check(dir, SiteFixtures.BaseUrl);
            Assert.True(report.Ok, string.Join("\n", report.Problems));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Feeds_ParseWithSyndicationAndAgree(string lang)
    {
        using var rssReader = XmlReader.Create(Path.Combine(_dir, lang, "feed.xml"));
        var rss = SyndicationFeed.Load(rssReader);
        using var atomReader = XmlReader.Create(Path.Combine(_dir, lang, "atom.xml"));
        var atom = SyndicationFeed.Load(atomReader);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, lang, "feed.json")));
        Assert.Equal(JsonFeedWriter.Version, json.RootElement.GetProperty("version").GetString());
        var rssLinks = rss.Items.Select(i => i.Links[0].Uri.ToString()).ToList();
        Assert.Equal(3, rssLinks.Count);
        Assert.Equal(rssLinks, atom.Items.Select(i => i.Links[0].Uri.ToString()).ToList());
        Assert.Equal(rssLinks, json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList());
        Assert.Equal(SiteFixtures.BaseUrl + lang + "/items/1/", rssLinks[0]);
    }

    [Fact]
    public void ItemPage_CarriesHeadMetadataAndCiteBlock()
    {
        string page = File.ReadAllText(Path.Combine(_dir, "en", "items", "1", "index.html"));
        Assert.Contains("<meta name=\"citation_title\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_issn\" content=\"3083-5178\">", page, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"DC.title\"", page, StringComparison.Ordinal);
        Assert.Contains("@article{", page, StringComparison.Ordinal);
        Assert.Contains("TY  - JOUR", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://doi.org/10.5281/zenodo.20400002\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../en/authors/0009-0009-5318-3027/\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../zh/items/1/\" hreflang=\"zh\"", page, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
