using System.Text.Json;
using System.Text.RegularExpressions;
using Roots.TestKit;
using Roots.TestKit.Citation;

namespace Roots.Cli.Tests;

/// <summary>
/// The golden end-to-end test of issue 17: Wu Zhaohui publishes his own essay
/// (../shared/seeds/000, a Chinese essay then its English version) with Roots, in ten languages,
/// translations bought from a loopback provider for the eight he did not write; and Li Wei's essay
/// (001) beside it is never attributed to him. Every format is read by a judge that is not ours:
/// the DataCite schema, citation-js for BibTeX and RIS, System.Text.Json for the JSON formats.
/// </summary>
public sealed partial class WuEssayGoldenTests : IAsyncLifetime
{
    private const string Key = "sk-golden-FAKE-1234567890";
    private const string Orcid = "0009-0009-5318-3027";
    private static readonly string[] s_bought = ["ja", "ko", "fr", "de", "es", "ru", "ar", "pt"];

    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Answer = body =>
        {
            string language = LanguageName().Match(body).Groups[1].Value;
            return JsonSerializer.Serialize(new { title = $"[{language}] Beyond Tokens", summary = $"[{language}] abstract", keywords = new[] { $"[{language}] token" } });
        };
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), $$"""

            site:
              title: { zh: 时代跃迁, en: The Epochal Transition }
              base_url: https://times.net.au/
              languages: [zh, en, ja, ko, fr, de, es, ru, ar, pt]
              issn: 3083-5178
              publisher: The Epochal Transition
              licence: CC-BY-4.0
              authors:
                - { family: Wu, given: Zhaohui, orcid: {{Orcid}} }
            providers:
              - name: fake
                kind: openai-compatible
                base_url: {{_server.BaseUrl}}
                key_env: FAKE_API_KEY
                models: [deepseek-chat]
            """);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    [GeneratedRegex(@"into ([A-Za-z]+)")]
    private static partial Regex LanguageName();

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

    private async Task<string> Export(string id, string format)
    {
        var outcome = await _lib.Roots("export", id, "--format", format);
        Assert.True(outcome.ExitCode == 0, format + ": " + outcome.Stderr);
        return outcome.Stdout;
    }

    [Fact]
    public async Task WuPublishesHisEssay_InTenLanguages_AttributedDatedAndCitedRight()
    {
        // One add each, so that Wu's essay is item 1 and Li Wei's item 2: files added together are numbered in
        // the order their parallel reading finishes, which is not the order given (this test failed on it).
        foreach (string seed in new[] { "000_acb19a4f519c0f38.txt", "001_e95ac172de7e4ee3.txt" })
        {
            var added = await _lib.Roots("add", Seed(seed));
            Assert.True(added.ExitCode == 0, added.Stderr);
        }

        var translated = await _lib.RootsWithEnvironment(new Dictionary<string, string> { ["FAKE_API_KEY"] = Key },
            "translate", "1", "--to", "en," + string.Join(',', s_bought), "--yes");
        Assert.True(translated.ExitCode == 0, translated.Stderr);
        // Eight languages bought; English is the author's own half, never bought.
        Assert.Equal(s_bought.Length, _server.Requests.Count(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)));

        string site = Path.Combine(_lib.Root, "site");
        var published = await _lib.Roots("publish", "--out", site, "--check");
        Assert.True(published.ExitCode == 0, published.Stderr);
        Assert.Matches(@"check: \d+ pages, \d+ links, \d+ sitemap URLs, \d+ feed entries: ok", published.Stderr);
        // Li Wei's essay gives no date of its own and is listed; Wu's gives June 2026 and is not.
        Assert.Matches(@"undated: 1 items[^\n]*\n\s+2\s+涂鸦之夜", published.Stderr.Replace("\r", "", StringComparison.Ordinal));

        string zh = File.ReadAllText(Path.Combine(site, "zh", "items", "1", "index.html"));
        string en = File.ReadAllText(Path.Combine(site, "en", "items", "1", "index.html"));
        string ja = File.ReadAllText(Path.Combine(site, "ja", "items", "1", "index.html"));
        foreach (string page in new[] { zh, en, ja })
        {
            Assert.Contains("hreflang=\"zh\" href=\"https://times.net.au/zh/items/1/\"", page);
            Assert.Contains("hreflang=\"en\" href=\"https://times.net.au/en/items/1/\"", page);
            Assert.Contains($"<meta name=\"citation_author_orcid\" content=\"https://orcid.org/{Orcid}\"", page);
            Assert.Contains("<meta name=\"citation_issn\" content=\"3083-5178\"", page);
        }

        Assert.Contains("<h1>Beyond Tokens: What Is Truly Scarce in the Age of AI?", en);
        Assert.Contains("[Japanese] Beyond Tokens", ja);

        // DataCite: the author with his iD, the ISSN as IsPublishedIn, the cited DOIs as References,
        // his abstract and keywords in both languages; valid against the official 4.7 schema.
        string datacite = await Export("1", "datacite");
        Assert.Empty(DataCiteSchema.Validate(datacite));
        Assert.Contains("<creatorName nameType=\"Personal\">Wu, Zhaohui</creatorName>", datacite);
        Assert.Contains(Orcid, datacite);
        Assert.Matches("relatedIdentifierType=\"ISSN\" relationType=\"IsPublishedIn\"[^>]*>3083-5178<", datacite);
        Assert.Matches("relatedIdentifierType=\"DOI\" relationType=\"References\"[^>]*>10.5281/zenodo.17978371<", datacite);
        Assert.Contains("<publicationYear>2026</publicationYear>", datacite);
        Assert.Contains("词元(Token)正在成为AI时代的核心计量单位", datacite);
        Assert.Contains("Tokens are becoming the core unit of measurement", datacite);
        Assert.Contains("<subject xml:lang=\"zh\">词元</subject>", datacite);
        Assert.Contains("<subject xml:lang=\"en\">Artificial Intelligence</subject>", datacite);

        // BibTeX and RIS, read by citation-js.
        if (CitationJudge.UnavailableReason is null)
        {
            foreach (var (syntax, format) in new[] { (CitationSyntax.BibTex, "bibtex"), (CitationSyntax.Ris, "ris") })
            {
                var record = CitationJudge.Read(syntax, await Export("1", format)).Single();
                var author = Assert.Single(record.Authors);
                Assert.Equal(("Wu", "Zhaohui"), (author.Family, author.Given));
                Assert.Equal([2026, 6], record.Issued.Take(2));
                Assert.Equal("3083-5178", record.Issn);
                Assert.Contains("词元", record.Keywords);
                // RIS carries the English title as TT (translated title), which citation-js reads as the
                // title, keeping TI as the original title; BibTeX's titleaddon it leaves aside.
                string original = syntax == CitationSyntax.Ris && record.Json.TryGetProperty("original-title", out var ti) ? ti.GetString()! : record.Title!;
                Assert.StartsWith("词元之后", original);
            }
        }

        // The JSON formats: Zenodo and JSON-LD carry the iD, the date and the author's keywords.
        using var zenodo = JsonDocument.Parse(await Export("1", "zenodo"));
        var metadata = zenodo.RootElement.GetProperty("metadata");
        Assert.Equal("2026-06", metadata.GetProperty("publication_date").GetString()![..7]);
        Assert.Equal(Orcid, metadata.GetProperty("creators")[0].GetProperty("orcid").GetString());
        Assert.Contains(metadata.GetProperty("keywords").EnumerateArray(), k => k.GetString() == "词元");
        string jsonLd = await Export("1", "jsonld");
        Assert.Contains("https://orcid.org/" + Orcid, jsonLd);
        Assert.Contains("\"datePublished\": \"2026-06\"", jsonLd.Replace("\":\"", "\": \"", StringComparison.Ordinal));

        // Li Wei's essay: unknown author everywhere, never Wu.
        string liBibtex = await Export("2", "bibtex");
        string liDatacite = await Export("2", "datacite");
        Assert.DoesNotContain("Wu", liBibtex);
        Assert.DoesNotContain(Orcid, liDatacite);
        Assert.Contains("(:unav)", liDatacite);
        Assert.Empty(DataCiteSchema.Validate(liDatacite));
        if (CitationJudge.UnavailableReason is null)
        {
            Assert.Empty(CitationJudge.Read(CitationSyntax.BibTex, liBibtex).Single().Authors);
        }
    }

    [Fact]
    public async Task AddOwn_MarksANoteWithoutByline_AsTheSitesAuthors()
    {
        _lib.Write("mine.txt", "Notes on roots\n\nA short note of my own about systems and their roots, with no byline in it.");
        var added = await _lib.Roots("add", "--own", Path.Combine(_lib.Inputs, "mine.txt"));
        Assert.True(added.ExitCode == 0, added.Stderr);

        string bibtex = await Export("1", "bibtex");

        Assert.Contains("author = {Wu, Zhaohui}", bibtex);
    }
}
