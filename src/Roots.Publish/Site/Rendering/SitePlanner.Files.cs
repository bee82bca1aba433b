using Roots.Publish.Site.Feeds;
using Roots.Publish.Site.Output;
using Roots.Publish.Site.Search;

namespace Roots.Publish.Site.Rendering;

public sealed partial class SitePlanner
{
    private readonly List<SitemapUrl> _sitemap = [];

    /// <summary>Notes a page for the sitemap; called as each page is planned.</summary>
    private void Listed(string folder, IReadOnlyList<(string Lang, string Path)> versions, string? xDefault, DateTimeOffset? lastModified) =>
        _sitemap.Add(new SitemapUrl(folder, versions, xDefault, lastModified));

    private IEnumerable<SitePlanEntry> Assets() =>
        _theme.Assets.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new SitePlanEntry("assets/" + a.Key, Key("asset", a.Key), () => a.Value));

    /// <summary>The search index and the three feeds of one language; cheap, so their key is their content's.</summary>
    private IEnumerable<SitePlanEntry> LanguageFiles(string lang)
    {
        var lines = _index.Works.Select(w => _index.Lines[lang][w.Slug]).ToList();
        string searchKey = Key(["search-index", lang, .. lines.Select(l => l.Key + string.Join(' ', l.Work.VersionFor(lang).Record.Keywords.Select(k => k.Text)) + string.Join(' ', l.Work.Tags))]);
        yield return new SitePlanEntry(SitePaths.SearchIndex(lang), searchKey, () => SearchIndexWriter.Write(lines, SitePaths.Search(lang)));

        var latest = lines.Take(Options.LatestCount).Select(l => new FeedEntry(SitePaths.Absolute(Options.BaseUrl, SitePaths.Item(lang, l.Work.Slug)), l)).ToList();
        string feedKey = Key(["feeds", lang, .. latest.Select(e => e.Line.Key + e.Updated.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + string.Join(' ', e.Line.Work.Tags))]);
        string home = SitePaths.Absolute(Options.BaseUrl, SitePaths.Home(lang));
        string author = Options.Journal?.Publisher ?? Options.TitleIn(lang);
        var updated = SiteIndex.Newest(latest.Select(e => e.Line.Work));
        FeedInfo Info(string path) => new(lang, Options.TitleIn(lang), Options.DescriptionIn(lang), home, SitePaths.Absolute(Options.BaseUrl, path), author, updated);
        yield return new SitePlanEntry(SitePaths.Rss(lang), feedKey, () => RssFeedWriter.Write(Info(SitePaths.Rss(lang)), latest));
        yield return new SitePlanEntry(SitePaths.Atom(lang), feedKey, () => AtomFeedWriter.Write(Info(SitePaths.Atom(lang)), latest));
        yield return new SitePlanEntry(SitePaths.JsonFeed(lang), feedKey, () => JsonFeedWriter.Write(Info(SitePaths.JsonFeed(lang)), latest));
    }

    /// <summary>Sitemap and robots.txt, from the pages planned so far.</summary>
    private IEnumerable<SitePlanEntry> SiteFiles()
    {
        // Keyed by what the sitemap lists, and written only when that changed: its XML for 20,000
        // pages took a noticeable part of a republish that changed nothing.
        var urls = _sitemap.OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        var listed = new Fingerprint();
        foreach (var url in urls)
        {
            listed.Add(url.Path, url.XDefault, url.LastModified?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .Add(url.Alternates.Select(a => a.Lang + "=" + a.Path));
        }

        string key = Key("sitemap", listed.ToString());
        var written = new Lazy<IReadOnlyList<(string Path, byte[] Bytes)>>(() => SitemapWriter.Write(Options.BaseUrl, urls, Options.SitemapLimit));
        var paths = urls.Count <= Options.SitemapLimit
            ? ["sitemap.xml"]
            : new[] { "sitemap.xml" }.Concat(Enumerable.Range(1, (urls.Count + Options.SitemapLimit - 1) / Options.SitemapLimit).Select(i => $"sitemap-{i}.xml")).ToList();
        foreach (string path in paths)
        {
            yield return new SitePlanEntry(path, key, () => written.Value.Single(f => f.Path == path).Bytes);
        }

        string robots = "User-agent: *\nAllow: /\n\nSitemap: " + SitePaths.Absolute(Options.BaseUrl, "sitemap.xml") + "\n";
        yield return new SitePlanEntry("robots.txt", Key("robots", robots), () => System.Text.Encoding.UTF8.GetBytes(robots));
    }
}
