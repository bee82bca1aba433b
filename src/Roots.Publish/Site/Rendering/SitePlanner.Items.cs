using Roots.Core.Identifiers;
using Roots.Publish.Export;
using Roots.Publish.Head;
using Roots.Publish.Metadata;
using Roots.Publish.Site.Model;
using Roots.Publish.Site.Output;

namespace Roots.Publish.Site.Rendering;

public sealed partial class SitePlanner
{
    private static readonly BibTexExporter s_bibtex = new();
    private static readonly RisExporter s_ris = new();
    private static readonly JsonLdExporter s_jsonLd = new();

    /// <summary>The page of <paramref name="work"/> in <paramref name="lang"/>, and its sitemap line; thread-safe.</summary>
    private SitePlanEntry ItemPage(SiteWork work, string lang, out SitemapUrl listed)
    {
        string folder = SitePaths.Item(lang, work.Slug);
        var neighbours = work.Related.Concat(work.Backlinks).Where(_index.BySlug.ContainsKey).Select(s => _index.Lines[lang][s].Key);
        string key = Key(["item", lang, _workKeys[work.Slug], .. neighbours]);
        var versions = InEveryLanguage(l => SitePaths.Item(l, work.Slug));
        string original = Localized.Primary(work.Original.Language);
        string xDefault = SitePaths.Item(Languages.Contains(original) ? original : Languages[0], work.Slug);
        listed = new SitemapUrl(folder, versions, xDefault, work.LastModified);
        return new SitePlanEntry(SitePaths.File(folder), key, () => RenderItem(work, lang, folder, versions, xDefault)) { TextOf = work.Slug };
    }

    private byte[] RenderItem(SiteWork work, string lang, string folder, List<(string Lang, string Path)> versions, string xDefault)
    {
        var version = work.VersionFor(lang);
        var record = version.Record;
        var resolved = ResolvedRecord.Of(record);
        var line = _index.Lines[lang][work.Slug];
        var title = Localized.Exact(record.Titles, lang) ?? resolved.Title;
        string titleLang = Localized.Primary(title?.Language is { Length: > 0 } tl ? tl : version.Language);
        var abstractText = Localized.Exact(record.Abstracts, lang) ?? resolved.Abstract;
        var keywords = record.Keywords.Where(k => Localized.Primary(k.Language) == Localized.Primary(lang)).ToList();
        if (keywords.Count == 0)
        {
            keywords = record.Keywords.ToList();
        }

        var item = new PageModel()
            .With("lang", Localized.Primary(version.Language))
            .With("dir", UiText.Direction(version.Language))
            .With("title", line.Title)
            .With("title_lang", titleLang)
            .With("title_dir", UiText.Direction(titleLang))
            .With("other_titles", PageModel.List(record.Titles.Where(t => !ReferenceEquals(t, title) && t.Text.Length > 0)
                .Select(t => new PageModel().With("lang", Localized.Primary(t.Language)).With("dir", UiText.Direction(t.Language)).With("text", CleanText.OneLine(t.Text)))))
            .With("original_note", version.MachineTranslatedFrom is { } from ? UiText.LanguageName(from)
                : Localized.Primary(version.Language) == Localized.Primary(lang) ? "" : UiText.LanguageName(version.Language))
            .With("machine_translated", version.MachineTranslatedFrom is null ? "" : "true")
            .With("authors", PageModel.List(resolved.Creators.Select(c => new PageModel()
                .With("name", CreatorNames.Display(c))
                .With("orcid", c.Orcid?.Value ?? "")
                .With("href", c.Orcid is null ? "" : SitePaths.Relative(folder, SitePaths.IndexEntry(lang, "authors", c.Orcid.Value))))))
            .With("date", work.Date.ToIsoString())
            .With("abstract", CleanText.Of(abstractText?.Text))
            .With("abstract_lang", Localized.Primary(abstractText?.Language ?? version.Language))
            .With("abstract_dir", UiText.Direction(abstractText?.Language ?? version.Language))
            .With("keywords", PageModel.List(keywords.Select(k => new PageModel().With("lang", Localized.Primary(k.Language)).With("dir", UiText.Direction(k.Language)).With("text", k.Text))))
            .With("body", ContentSanitizer.Sanitize(TextToHtml.Render(version.ReadText(), resolved.TitleText)))
            .With("identifiers", PageModel.List(Identifiers(record).Select(i => new PageModel()
                .With("scheme", i.Scheme.ToUpperInvariant()).With("value", i.Value).With("href", WebLinks.Http(i.Link) ?? ""))))
            .With("tags", PageModel.List(work.Tags.Select(t => new PageModel().With("name", t).With("href", SitePaths.Relative(folder, SitePaths.IndexEntry(lang, "tags", t))))))
            .With("category", work.Category ?? "")
            .With("category_href", work.Category is null ? "" : SitePaths.Relative(folder, SitePaths.IndexEntry(lang, "categories", work.Category)))
            .With("related", Links(work.Related, lang, folder))
            .With("backlinks", Links(work.Backlinks, lang, folder))
            .With("cite_text", CitationText.Of(record))
            .With("cite_bibtex", HtmlText.Escape(s_bibtex.WriteToString(record).TrimEnd()))
            .With("cite_ris", HtmlText.Escape(s_ris.WriteToString(record).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()));
        var model = new PageModel().With("item", item).With("lang", lang).With("dir", UiText.Direction(lang)).With("root", Root(folder)).With("t", UiText.For(lang));
        string content = TemplateRenderer.Render(_theme.Template("item"), model);
        return Page(lang, folder, line.Title + " · " + Options.TitleIn(lang), line.Summary, Head(record), content, versions, xDefault);
    }

    /// <summary>The item's identifiers as links: its DOI, the journal's ISSN, then its other identifiers.</summary>
    private static IEnumerable<Identifier> Identifiers(PublicationRecord record)
    {
        if (record.Doi is { Kind: IdentifierKind.Doi } doi)
        {
            yield return doi;
        }

        if (record.Journal?.Issn is { Kind: IdentifierKind.Issn } issn)
        {
            yield return issn;
        }

        foreach (var other in record.Identifiers.Where(i => i != record.Doi).Distinct())
        {
            yield return other;
        }
    }

    private List<PageModel> Links(IReadOnlyList<string> slugs, string lang, string folder) =>
        PageModel.List(slugs.Where(_index.BySlug.ContainsKey).Select(s =>
        {
            var line = _index.Lines[lang][s];
            return new PageModel().With("href", SitePaths.Relative(folder, SitePaths.Item(lang, s))).With("title", line.Title).With("lang", line.TitleLanguage).With("dir", UiText.Direction(line.TitleLanguage));
        }));

    /// <summary>The page head of an item: Google Scholar, OpenGraph and Dublin Core tags, and JSON-LD.</summary>
    private static string Head(PublicationRecord record)
    {
        using var head = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        head.Write(DublinCoreTags.SchemaLink + "\n");
        MetaTagRenderer.Render(GoogleScholarTags.Build(record), head);
        MetaTagRenderer.Render(OpenGraphTags.Build(record), head);
        MetaTagRenderer.Render(DublinCoreTags.Build(record), head);
        s_jsonLd.WriteScript(record, head);
        head.Write("\n");
        return head.ToString();
    }

    /// <summary>A hash of everything the work's own pages show.</summary>
    private static string WorkKey(SiteWork work)
    {
        var key = new Fingerprint().Add(work.Slug, work.Category, work.Date.ToIsoString(), work.LastModified.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Add(work.Tags).Add(work.Related).Add(work.Backlinks);
        foreach (var version in work.Versions)
        {
            var r = version.Record;
            key.Add(version.Language, version.TextKey is null ? version.Text : "key:" + version.TextKey, r.Id, r.Language, r.Doi?.Value, r.LandingPage, r.PdfUrl, r.Volume, r.Issue, r.Version, r.Publisher, r.License?.SpdxId, r.PublicationDate?.ToIsoString(), r.Type.ToString())
                .Add(r.Titles.Concat(r.Abstracts).Concat(r.Keywords).Select(t => t.Language + "=" + t.Text))
                .Add(r.Subjects.Select(s => s.Term + "/" + s.Language + "/" + s.Scheme))
                .Add(r.Creators.Select(c => CreatorNames.Display(c) + "/" + c.Orcid?.Value + "/" + c.Affiliation))
                .Add(r.Identifiers.Select(i => i.ToString()))
                .Add(r.RelatedIdentifiers.Select(i => i.Target + "/" + i.Relation + "/" + i.Language));
        }

        return key.ToString();
    }
}
