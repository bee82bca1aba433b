using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;

namespace Roots.Publish.Site.Rendering;

public sealed partial class SitePlanner
{
    private SitePlanEntry RootPage()
    {
        string lang = Languages[0];
        var versions = InEveryLanguage(SitePaths.Home);
        Listed("", versions, "", _index.LastModified);
        return new SitePlanEntry("index.html", Key("root"), () =>
        {
            var model = Common(lang, "").With("switcher", PageModel.List(versions.Select(v => new PageModel()
                .With("lang", v.Lang).With("dir", UiText.Direction(v.Lang)).With("name", UiText.LanguageName(v.Lang))
                .With("href", SitePaths.Relative("", v.Path)))));
            string content = TemplateRenderer.Render(_theme.Template("root"), model);
            // The root lists every language and names itself x-default, as Google asks of language choosers.
            return Page(lang, "", Options.TitleIn(lang), Options.DescriptionIn(lang), "", content, versions, "");
        });
    }

    private SitePlanEntry HomePage(string lang)
    {
        string folder = SitePaths.Home(lang);
        var lines = _index.Works.Take(Options.LatestCount).Select(w => _index.Lines[lang][w.Slug]).ToList();
        Listed(folder, InEveryLanguage(SitePaths.Home), "", SiteIndex.Newest(lines.Select(l => l.Work)));
        return new SitePlanEntry(SitePaths.File(folder), Key(["home", lang, .. lines.Select(l => l.Key)]), () =>
        {
            var model = Common(lang, folder)
                .With("site_description", Options.DescriptionIn(lang))
                .With("works", PageModel.List(lines.Select(l => l.ToModel(folder))));
            string content = TemplateRenderer.Render(_theme.Template("home"), model);
            return Page(lang, folder, Options.TitleIn(lang), Options.DescriptionIn(lang), "", content, InEveryLanguage(SitePaths.Home), "");
        });
    }

    private IEnumerable<SitePlanEntry> IndexPages(string lang)
    {
        var t = UiText.For(lang);
        var groups = new (string Kind, string Heading, SortedDictionary<string, TermGroup> Groups, bool Newest)[]
        {
            ("tags", t["tags"], _index.Tags, false),
            ("categories", t["categories"], _index.Categories, false),
            ("years", t["years"], _index.Years, true),
        };
        foreach (var (kind, heading, terms, newestFirst) in groups)
        {
            var entries = (newestFirst ? terms.Reverse() : terms).Select(g => (g.Key, g.Value.Name, g.Value.Works)).ToList();
            yield return ListPage(lang, SitePaths.Index(lang, kind), heading, "", entries, [], l => SitePaths.Index(l, kind));
            foreach (var (slug, name, works) in entries)
            {
                yield return ListPage(lang, SitePaths.IndexEntry(lang, kind, slug), name, heading, [], works, l => SitePaths.IndexEntry(l, kind, slug));
            }
        }

        var authors = _index.Authors.Select(a => (a.Key, CreatorNames.Display(a.Value.Creator), a.Value.Works)).ToList();
        yield return ListPage(lang, SitePaths.Index(lang, "authors"), t["authors"], "", authors, [], l => SitePaths.Index(l, "authors"));
        foreach (var (orcid, name, works) in authors)
        {
            yield return ListPage(lang, SitePaths.IndexEntry(lang, "authors", orcid), name, "ORCID " + orcid, [], works, l => SitePaths.IndexEntry(l, "authors", orcid));
        }
    }

    /// <summary>A page listing index entries (tags with counts) or works (the works under one tag).</summary>
    private SitePlanEntry ListPage(string lang, string folder, string heading, string subheading,
        IReadOnlyList<(string Slug, string Name, List<SiteWork> Works)> entries, IReadOnlyList<SiteWork> works, Func<string, string> sameIn)
    {
        var lines = works.Select(w => _index.Lines[lang][w.Slug]).ToList();
        Listed(folder, InEveryLanguage(sameIn), sameIn(Languages[0]), SiteIndex.Newest(works.Concat(entries.SelectMany(e => e.Works))));
        string key = Key(["list", lang, folder, heading, subheading,
            .. entries.Select(e => e.Slug + "=" + e.Name + "=" + e.Works.Count), .. lines.Select(l => l.Key)]);
        return new SitePlanEntry(SitePaths.File(folder), key, () =>
        {
            var model = Common(lang, folder)
                .With("heading", heading)
                .With("subheading", subheading)
                .With("entries", PageModel.List(entries.Select(e => new PageModel()
                    .With("href", SitePaths.Relative(folder, folder + SitePaths.Slug(e.Slug) + "/"))
                    .With("name", e.Name)
                    .With("count", e.Works.Count))))
                .With("works", PageModel.List(lines.Select(l => l.ToModel(folder))));
            string content = TemplateRenderer.Render(_theme.Template("list"), model);
            return Page(lang, folder, heading + " · " + Options.TitleIn(lang), subheading, "", content, InEveryLanguage(sameIn), sameIn(Languages[0]));
        });
    }

    private SitePlanEntry AboutPage(string lang)
    {
        string folder = SitePaths.About(lang);
        string about = Localized.Pick(Options.About, lang)?.Text ?? Options.DescriptionIn(lang);
        var authors = (Options.Journal?.DefaultCreators ?? []).Where(c => c.Orcid is not null && _index.Authors.ContainsKey(c.Orcid.Value)).ToList();
        Listed(folder, InEveryLanguage(SitePaths.About), SitePaths.About(Languages[0]), _index.LastModified);
        return new SitePlanEntry(SitePaths.File(folder), Key("about", lang), () =>
        {
            var model = Common(lang, folder)
                .With("heading", UiText.For(lang)["about"] + " · " + Options.TitleIn(lang))
                .With("body", ContentSanitizer.Sanitize(TextToHtml.Render(about)))
                .With("authors", PageModel.List(authors.Select(c => new PageModel()
                    .With("name", CreatorNames.Display(c))
                    .With("href", SitePaths.Relative(folder, SitePaths.IndexEntry(lang, "authors", c.Orcid!.Value))))));
            string content = TemplateRenderer.Render(_theme.Template("about"), model);
            return Page(lang, folder, UiText.For(lang)["about"] + " · " + Options.TitleIn(lang), about, "", content, InEveryLanguage(SitePaths.About), SitePaths.About(Languages[0]));
        });
    }

    private SitePlanEntry SearchPage(string lang)
    {
        string folder = SitePaths.Search(lang);
        Listed(folder, InEveryLanguage(SitePaths.Search), SitePaths.Search(Languages[0]), _index.LastModified);
        return new SitePlanEntry(SitePaths.File(folder), Key("search", lang), () =>
        {
            string content = TemplateRenderer.Render(_theme.Template("search"), Common(lang, folder));
            return Page(lang, folder, UiText.For(lang)["search"] + " · " + Options.TitleIn(lang), "", "", content, InEveryLanguage(SitePaths.Search), SitePaths.Search(Languages[0]));
        });
    }

    /// <summary>The variables every content template may use.</summary>
    private PageModel Common(string lang, string folder) => new PageModel()
        .With("lang", lang)
        .With("dir", UiText.Direction(lang))
        .With("root", Root(folder))
        .With("t", UiText.For(lang))
        .With("site_title", Options.TitleIn(lang));
}
