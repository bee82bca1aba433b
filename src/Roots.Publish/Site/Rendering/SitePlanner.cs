using System.Text;
using Roots.Publish.Head;
using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// Lists every file of a site with its input key and a way to render it: pages per language,
/// indexes, feeds, sitemap, search index, robots.txt and the theme's assets. Nothing is rendered
/// until a writer asks, so an incremental publish renders only what changed.
/// </summary>
/// <remarks>
/// Deterministic: the same content and theme give the same entries, keys and bytes (dates come
/// from the works, never from the clock). Thread-safe once built: entries render in parallel.
/// </remarks>
public sealed partial class SitePlanner
{
    /// <summary>
    /// Every page's Content-Security-Policy: only this site's stylesheet and search script, images
    /// from anywhere secure, no frames, forms, plugins or base changes. The JSON-LD block is data,
    /// not script, so it needs no exception.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteIndex _index;
    private readonly SiteTheme _theme;
    private readonly string _baseKey;

    /// <summary>Each work's <see cref="WorkKey"/>, by slug: computed once for all its pages, on every core.</summary>
    private readonly Dictionary<string, string> _workKeys;

    /// <summary>Prepares the plan of <paramref name="content"/> rendered with <paramref name="theme"/>.</summary>
    public SitePlanner(SiteContent content, SiteTheme theme)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(theme);
        _index = new SiteIndex(content);
        _theme = theme;
        _baseKey = new Fingerprint().Add(theme.Fingerprint, OptionsKey(content.Options)).ToString();
        var works = _index.Works;
        var keys = new string[works.Count];
        Parallel.For(0, works.Count, i => keys[i] = WorkKey(works[i]));
        _workKeys = works.Select((w, i) => (w.Slug, Key: keys[i])).ToDictionary(p => p.Slug, p => p.Key, StringComparer.Ordinal);
    }

    private SiteOptions Options => _index.Options;

    private IReadOnlyList<string> Languages => Options.Languages;

    /// <summary>Every file of the site, in a stable order.</summary>
    public IReadOnlyList<SitePlanEntry> Plan()
    {
        _sitemap.Clear();
        var entries = new List<SitePlanEntry>();
        entries.AddRange(Assets());
        entries.Add(RootPage());
        foreach (string lang in Languages)
        {
            // Item pages are most of the plan (one per work and language), and hashing their keys
            // most of its time: planned on every core, noted for the sitemap in site order after.
            var works = _index.Works;
            var items = new SitePlanEntry[works.Count];
            var urls = new SitemapUrl[works.Count];
            Parallel.For(0, works.Count, i => items[i] = ItemPage(works[i], lang, out urls[i]));
            entries.AddRange(items);
            _sitemap.AddRange(urls);
            entries.Add(HomePage(lang));
            entries.AddRange(IndexPages(lang));
            entries.Add(AboutPage(lang));
            entries.Add(SearchPage(lang));
            entries.AddRange(LanguageFiles(lang));
        }

        entries.AddRange(SiteFiles());
        return entries;
    }

    /// <summary>The full page: the layout around <paramref name="content"/>.</summary>
    private byte[] Page(string lang, string folder, string title, string description, string head, string content, IReadOnlyList<(string Lang, string Path)> versions, string? xDefault)
    {
        string root = Root(folder);
        var journal = Options.Journal;
        var licence = journal?.License;
        var model = new PageModel()
            .With("lang", lang)
            .With("dir", UiText.Direction(lang))
            .With("root", root)
            .With("t", UiText.For(lang))
            .With("csp", ContentSecurityPolicy)
            .With("title", title)
            .With("description", CleanText.OneLine(description))
            .With("canonical", SitePaths.Absolute(Options.BaseUrl, folder))
            .With("alternates", Alternates(versions, xDefault))
            .With("switcher", PageModel.List(versions.Select(v => new PageModel()
                .With("lang", v.Lang).With("dir", UiText.Direction(v.Lang)).With("name", UiText.LanguageName(v.Lang))
                .With("href", SitePaths.Relative(folder, v.Path)).With("current", v.Lang == lang))))
            .With("head", head)
            .With("content", content)
            .With("site_title", Options.TitleIn(lang))
            .With("issn", journal?.Issn?.Value ?? "")
            .With("licence_name", licence?.DisplayName ?? "")
            .With("licence_url", WebLinks.Http(licence?.Url) ?? "");
        return s_utf8.GetBytes(TemplateRenderer.Render(_theme.Template("layout"), model));
    }

    private List<PageModel> Alternates(IReadOnlyList<(string Lang, string Path)> versions, string? xDefault)
    {
        var list = new List<PageModel>();
        if (versions.Count < 2)
        {
            return list;
        }

        list.AddRange(versions.Select(v => new PageModel().With("hreflang", v.Lang).With("href", SitePaths.Absolute(Options.BaseUrl, v.Path))));
        if (xDefault is not null)
        {
            list.Add(new PageModel().With("hreflang", "x-default").With("href", SitePaths.Absolute(Options.BaseUrl, xDefault)));
        }

        return list;
    }

    /// <summary>The same page in every site language: what the language switcher and hreflang list.</summary>
    private List<(string Lang, string Path)> InEveryLanguage(Func<string, string> path) =>
        Languages.Select(l => (l, path(l))).ToList();

    /// <summary>The prefix from a page folder back to the site root.</summary>
    internal static string Root(string folder) => string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/')));

    private string Key(params IEnumerable<string?> parts) => new Fingerprint().Add(_baseKey).Add(parts).ToString();

    private static string OptionsKey(SiteOptions o)
    {
        var key = new Fingerprint().Add(o.BaseUrl, o.LatestCount.ToString(System.Globalization.CultureInfo.InvariantCulture), o.SitemapLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(o.Languages)
            .Add(o.Titles.Concat(o.Descriptions).Concat(o.About).Select(t => t.Language + "=" + t.Text));
        if (o.Journal is { } j)
        {
            key.Add(j.Issn?.Value, j.Publisher, j.BaseUrl, j.License?.SpdxId, j.License?.Url, j.License?.Name)
                .Add(j.Titles.Select(t => t.Language + "=" + t.Text))
                .Add(j.DefaultCreators.Select(c => CreatorNames.Display(c) + "/" + c.Orcid?.Value + "/" + c.Affiliation));
        }

        return key.ToString();
    }
}
