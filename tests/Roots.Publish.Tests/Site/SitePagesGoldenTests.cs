using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Site;

/// <summary>Representative pages and files, byte for byte (ROOTS_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class SitePagesGoldenTests : IDisposable
{
    private readonly string _dir = SiteFixtures.Publish(SiteFixtures.Content(SiteFixtures.Bilingual, SiteFixtures.EnglishOnly)).Directory;

    [Theory]
    [InlineData("zh/items/1/index.html", "site.item.zh.html")]
    [InlineData("en/items/1/index.html", "site.item.en.html")]
    [InlineData("en/index.html", "site.home.en.html")]
    [InlineData("sitemap.xml", "site.sitemap.xml")]
    [InlineData("en/feed.xml", "site.rss.en.xml")]
    [InlineData("en/atom.xml", "site.atom.en.xml")]
    [InlineData("zh/feed.json", "site.feed.zh.json")]
    [InlineData("zh/search-index.json", "site.search-index.zh.json")]
    [InlineData("robots.txt", "site.robots.txt")]
    public void Page_MatchesGolden(string path, string golden) =>
        GoldenFile.AssertMatches(golden, File.ReadAllText(Path.Combine(_dir, path)));

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
