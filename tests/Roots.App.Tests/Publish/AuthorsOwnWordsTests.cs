using Roots.App.UseCases;

namespace Roots.App.Tests.Publish;

/// <summary>
/// Wu Zhaohui's essay (../shared/seeds/000) published as its author would: his byline and ORCID iD,
/// the date it gives itself, his own abstract and keywords, and its Chinese and English versions as
/// two language versions of one work. Li Wei's essay (001) is never attributed to him.
/// </summary>
public sealed class AuthorsOwnWordsTests : IDisposable
{
    private const string Site = """
        site:
          title: { zh: 时代跃迁, en: The Epochal Transition }
          base_url: https://times.net.au/
          languages: [zh, en]
          issn: 3083-5178
          publisher: The Epochal Transition
          authors:
            - { family: Wu, given: Zhaohui, orcid: 0009-0009-5318-3027 }
        """;

    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Seed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("../shared/seeds/" + name + " not found");
    }

    private async Task<string> ExportAsync(string id, string format)
    {
        using var writer = new StringWriter();
        var exported = await _folder.Library.Export.ExportAsync([id], format, writer);
        Assert.True(exported.IsSuccess, exported.Error);
        return writer.ToString();
    }

    [Fact]
    public async Task WusEssay_IsHisByItsByline_DatedByItsDateline_WithHisAbstractAndKeywords()
    {
        _folder.Configure(Site);
        await _folder.Library.Files.AddPathsAsync([Seed("000_acb19a4f519c0f38.txt")], AddOptions.None);

        var shown = await _folder.Library.Read.ShowAsync("1");
        string bibtex = await ExportAsync("1", "bibtex");
        string datacite = await ExportAsync("1", "datacite");

        Assert.NotNull(shown);
        Assert.Equal("zh", shown.Item.Language);
        Assert.Equal("2026-06", shown.Item.Published);
        Assert.Equal("author", shown.Summary.By);
        Assert.StartsWith("词元(Token)正在成为AI时代的核心计量单位", shown.Summary.Text);
        Assert.Equal("author", shown.KeywordsBy);
        Assert.Equal("词元", shown.Keywords[0].Display);
        var english = Assert.Single(shown.Translations, t => t.Language == "en");
        Assert.Equal(("Beyond Tokens: What Is Truly Scarce in the Age of AI?", "author"), (english.Title, english.By));
        Assert.StartsWith("Tokens are becoming the core unit", english.Summary);
        Assert.Equal("Token", english.Keywords[0]);
        // The byline "Wu Zhaohui" with his ORCID iD is the site's author of that iD, written as the site writes him.
        Assert.Contains("author = {Wu, Zhaohui}", bibtex);
        Assert.Contains("year = {2026}", bibtex);
        Assert.Contains("date = {2026-06}", bibtex);
        Assert.Contains("keywords = {词元, Token, 人工智能", bibtex);
        Assert.Contains("https://orcid.org/0009-0009-5318-3027", datacite);
        Assert.Contains("<title xml:lang=\"en\" titleType=\"TranslatedTitle\">Beyond Tokens: What Is Truly Scarce in the Age of AI?</title>", datacite);
        Assert.Contains("Tokens are becoming the core unit", datacite);
    }

    [Fact]
    public async Task LiWeisEssay_IsNeverAttributedToTheSitesAuthor()
    {
        _folder.Configure(Site);
        await _folder.Library.Files.AddPathsAsync([Seed("001_e95ac172de7e4ee3.txt")], AddOptions.None);

        string bibtex = await ExportAsync("1", "bibtex");
        string datacite = await ExportAsync("1", "datacite");

        Assert.DoesNotContain("Wu", bibtex);
        Assert.DoesNotContain("author =", bibtex);
        Assert.DoesNotContain("0009-0009-5318-3027", datacite);
        Assert.Contains("<creatorName>(:unav)</creatorName>", datacite);
    }

    [Fact]
    public async Task AddedAsOwnWork_AnItemWithoutAByline_IsTheSitesAuthors_AndOnlyThen()
    {
        _folder.Configure(Site);
        string mine = _folder.Write("mine.txt", "Notes on roots\n\nA short note of my own about systems and their roots, with no byline in it.");
        string theirs = _folder.Write("theirs.txt", "Notes on leaves\n\nSomebody else's short note about leaves, with no byline in it either.");
        await _folder.Library.Files.AddPathsAsync([mine], new AddOptions(Own: true));
        await _folder.Library.Files.AddPathsAsync([theirs], AddOptions.None);

        string own = await ExportAsync("1", "bibtex");
        string other = await ExportAsync("2", "bibtex");

        Assert.Contains("author = {Wu, Zhaohui}", own);
        Assert.DoesNotContain("author =", other);
        var sidecar = Directory.EnumerateFiles(Path.Combine(_folder.Directory, "archive"), "*.meta.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(s => s.Contains("mine.txt", StringComparison.Ordinal));
        Assert.Contains("\"Own\":true", sidecar.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ATaxonomyRule_ThatTagsAFolderAsOwn_MakesItsItemsTheSitesAuthors()
    {
        _folder.Configure(Site + """

              own_tags: [mine]
            taxonomy:
              tags:
                - name: mine
              rules:
                - tag: mine
                  source: "*/essays/*"
            """);
        string mine = _folder.Write("essays/roots.txt", "Notes on roots\n\nA short essay of my own about systems and their roots, with no byline in it.");
        string theirs = _folder.Write("clippings/leaves.txt", "Notes on leaves\n\nSomebody else's short note about leaves, with no byline in it either.");
        await _folder.Library.Files.AddPathsAsync([mine, theirs], AddOptions.None);
        var items = await _folder.Library.Read.ListAsync(Core.Ports.ItemFilter.None);
        string Id(string title) => items.Single(i => i.Title == title).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        string own = await ExportAsync(Id("Notes on roots"), "bibtex");
        string other = await ExportAsync(Id("Notes on leaves"), "bibtex");

        Assert.Contains("author = {Wu, Zhaohui}", own);
        Assert.DoesNotContain("author =", other);
    }

    [Fact]
    public async Task WusEssay_PublishesAsTwoLanguageVersions_EachWithItsOwnHalf_LinkedBothWays()
    {
        _folder.Configure(Site);
        await _folder.Library.Files.AddPathsAsync([Seed("000_acb19a4f519c0f38.txt")], AddOptions.None);
        string output = Path.Combine(_folder.Root, "site");

        var published = await _folder.Library.Site.PublishAsync(new App.Publish.PublishOptions { OutputDirectory = output });

        Assert.True(published.IsSuccess, published.Error);
        string zh = File.ReadAllText(Path.Combine(output, "zh", "items", "1", "index.html"));
        string en = File.ReadAllText(Path.Combine(output, "en", "items", "1", "index.html"));
        Assert.Contains("<h1>词元之后:AI时代真正稀缺的是什么?", zh);
        Assert.Contains("<h1>Beyond Tokens: What Is Truly Scarce in the Age of AI?", en);
        Assert.Contains("当 我回顾词元的发展历史时", zh);
        Assert.DoesNotContain("When I review the history of token development", zh);
        Assert.Contains("When I review the history of token development", en);
        Assert.DoesNotContain("当 我回顾词元的发展历史时", en);
        foreach (string page in new[] { zh, en })
        {
            Assert.Contains("hreflang=\"zh\" href=\"https://times.net.au/zh/items/1/\"", page);
            Assert.Contains("hreflang=\"en\" href=\"https://times.net.au/en/items/1/\"", page);
            Assert.Contains("<meta name=\"citation_author\" content=\"Wu, Zhaohui\"", page);
            Assert.Contains("<meta name=\"citation_publication_date\" content=\"2026/06\"", page);
        }

        Assert.Contains("<meta name=\"citation_keywords\" content=\"Artificial Intelligence\"", en);
        Assert.Contains("<meta name=\"citation_keywords\" content=\"人工智能\"", zh);
    }
}
