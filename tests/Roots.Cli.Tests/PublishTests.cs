using System.Text.Json;
using System.Xml.Linq;

namespace Roots.Cli.Tests;

/// <summary><c>roots publish</c> and <c>roots export</c>, end to end, on a small bilingual library.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    /// <summary>A journal config, a Chinese essay and its English translation (paired by file name), and an English note.</summary>
    private async Task AddJournalAsync()
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), """
            site:
              title: { zh: 时代跃迁, en: The Epochal Transition }
              base_url: https://times.example/
              languages: [zh, en]
              issn: 3083-5178
              publisher: The Epochal Transition
              licence: CC-BY-4.0
              authors:
                - { family: Wu, given: Zhaohui, orcid: 0009-0009-5318-3027 }
              about: { en: "An independent journal.", zh: "一份独立期刊。" }

            """);
        _lib.Write("beyond-tokens.zh.md", "---\ntitle: 词元之后\nlang: zh\ndate: 2026-06-01\ntags: [ai]\nown: true\n---\n\nDOI: 10.5281/zenodo.20400001\n\n词元正在成为人工智能时代的核心计量单位，但词元本身不是最终价值。参见 https://doi.org/10.1561/1500000019 。\n");
        _lib.Write("beyond-tokens.en.md", "---\ntitle: Beyond Tokens\nlang: en\ndate: 2026-06-01\ntags: [ai]\nown: true\n---\n\nDOI: 10.5281/zenodo.20400002\n\nTokens are becoming the core unit of measurement in the age of artificial intelligence, but tokens are not the final value.\n");
        _lib.Write("warc.md", "---\ntitle: Notes on WARC\nlang: en\ndate: 2025-03-01\ntags: [archiving]\n---\n\nWARC files keep what a crawler saw, byte for byte. See 10.1145/3359591.3359737.\n");
        var added = await _lib.Roots("add", _lib.Inputs);
        Assert.True(added.ExitCode == 0, added.Stderr);
    }

    [Fact]
    public async Task Publish_WritesCheckedBilingualSite()
    {
        await AddJournalAsync();

        var json = await _lib.Json("publish", "--check", "--json");

        Assert.True(json.GetProperty("check").GetProperty("ok").GetBoolean(), json.GetProperty("check").GetProperty("problems").ToString());
        Assert.Equal(3, json.GetProperty("items").GetInt32());
        Assert.Equal(2, json.GetProperty("works").GetInt32());
        string site = Path.Combine(_lib.Library, "site");
        var zh = Directory.EnumerateFiles(Path.Combine(site, "zh", "items"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        string essay = Assert.Single(zh, p => p.Contains("<h1>词元之后</h1>", StringComparison.Ordinal));
        Assert.Contains("<meta name=\"citation_doi\" content=\"10.5281/zenodo.20400001\">", essay, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", essay, StringComparison.Ordinal);
        Assert.DoesNotContain("citation_doi\" content=\"10.1561/1500000019", essay, StringComparison.Ordinal);
        var sitemap = XDocument.Load(Path.Combine(site, "sitemap.xml"));
        Assert.Contains(sitemap.Descendants(), e => e.Name.LocalName == "loc" && e.Value.StartsWith("https://times.example/zh/items/", StringComparison.Ordinal));
        string index = File.ReadAllText(Path.Combine(site, "zh", "search-index.json"));
        Assert.Contains("\"词元\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_Again_WritesNothing_AndSelectNarrows()
    {
        await AddJournalAsync();
        string out1 = Path.Combine(_lib.Root, "out");
        await _lib.Json("publish", "--out", out1, "--json");

        var again = await _lib.Json("publish", "--out", out1, "--json");
        // Narrowing to one of the two works removes most pages: not without --yes when nobody can be asked.
        var refused = await _lib.Roots("publish", "--out", out1, "--select", "tag:archiving", "--langs", "en", "--json");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--yes", Assert.Single(refused.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var narrowed = await _lib.Json("publish", "--out", out1, "--select", "tag:archiving", "--langs", "en", "--json", "--check", "--yes");

        Assert.Equal(0, again.GetProperty("written").GetInt32());
        Assert.Equal(1, narrowed.GetProperty("items").GetInt32());
        Assert.True(narrowed.GetProperty("removed").GetInt32() > 0);
        Assert.True(narrowed.GetProperty("check").GetProperty("ok").GetBoolean(), narrowed.GetProperty("check").GetProperty("problems").ToString());
        Assert.False(Directory.Exists(Path.Combine(out1, "zh")));
    }

    [Fact]
    public async Task Publish_SelectionMatchingNothing_RefusesAndKeepsTheSite()
    {
        await AddJournalAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        var pagesBefore = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var outcome = await _lib.Roots("publish", "--out", site, "--select", "tag:fod");

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("tag:fod", line, StringComparison.Ordinal);
        Assert.Contains("--allow-empty", line, StringComparison.Ordinal);
        Assert.Equal(pagesBefore, Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Publish_AllowEmpty_WithYes_PublishesTheEmptySelection()
    {
        await AddJournalAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");

        var emptied = await _lib.Json("publish", "--out", site, "--select", "tag:fod", "--allow-empty", "--yes", "--json");

        Assert.Equal(0, emptied.GetProperty("items").GetInt32());
        Assert.True(emptied.GetProperty("removed").GetInt32() > 0);
    }

    [Fact]
    public async Task Publish_RemovingFewPages_NeedsNoConfirmation()
    {
        await AddJournalAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        // Removing one tag from one item changes a few list pages and removes its tag page at most.
        Assert.Equal(0, (await _lib.Roots("tag", "3", "-archiving")).ExitCode);

        var outcome = await _lib.Roots("publish", "--out", site);

        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task Export_BibTexAndDataCite_FromTheCli()
    {
        await AddJournalAsync();
        var list = await _lib.Json("list", "--json");
        string zhId = list.EnumerateArray().First(i => i.GetProperty("lang").GetString() == "zh").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var bibtex = await _lib.Roots("export", "--all", "--format", "bibtex");
        var datacite = await _lib.Roots("export", zhId, "--format", "datacite");
        string file = Path.Combine(_lib.Root, "one.ris");
        var ris = await _lib.Roots("export", zhId, "--format", "ris", "--out", file);

        Assert.Equal(0, bibtex.ExitCode);
        Assert.Equal(3, bibtex.Stdout.Split("@article{").Length - 1);
        Assert.Contains("doi = {10.5281/zenodo.20400002}", bibtex.Stdout, StringComparison.Ordinal);
        // site.authors are the authors of the journal's own essays (own: true), not of the WARC notes it also holds.
        var entries = bibtex.Stdout.Split("@article{")[1..];
        Assert.Equal(2, entries.Count(e => e.Contains("author = {Wu, Zhaohui}", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries.Single(e => e.Contains("Notes on WARC", StringComparison.Ordinal)), "author", StringComparison.Ordinal);
        Assert.Equal(0, datacite.ExitCode);
        var xml = XDocument.Parse(datacite.Stdout);
        XNamespace dc = "http://datacite.org/schema/kernel-4";
        Assert.Equal("10.5281/zenodo.20400001", xml.Root!.Element(dc + "identifier")!.Value);
        Assert.Contains(xml.Descendants(dc + "relatedIdentifier"), r => (string?)r.Attribute("relationType") == "HasTranslation" && r.Value == "10.5281/zenodo.20400002");
        Assert.Contains(xml.Descendants(dc + "nameIdentifier"), n => n.Value.Contains("0009-0009-5318-3027", StringComparison.Ordinal));
        Assert.Equal(0, ris.ExitCode);
        Assert.Contains("DO  - 10.5281/zenodo.20400001\r\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontMatter_DoiAndTranslationOf_PairTheVersionsOfAWork()
    {
        // given two notes whose names do not pair them: the translation names its original in front matter
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("essay.md", "---\ntitle: 数据的边界\nlang: zh\ndate: 2026-05-01\ndoi: https://doi.org/10.5281/zenodo.20500001\n---\n\n数据治理需要清楚的边界，也需要可以核对的来源。\n");
        _lib.Write("boundaries-english.md", "---\ntitle: The Boundaries of Data\nlang: en\ndate: 2026-05-02\ndoi: 10.5281/zenodo.20500002\ntranslation_of: doi:10.5281/zenodo.20500001\n---\n\nData governance needs clear boundaries and sources one can check.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        var published = await _lib.Json("publish", "--json");
        var datacite = await _lib.Roots("export", "--all", "--format", "datacite-json");

        // then they are one work, and the original's record carries its own front-matter DOI and its translation
        Assert.Equal(1, published.GetProperty("works").GetInt32());
        Assert.True(datacite.ExitCode == 0, datacite.Stderr);
        Assert.Contains("10.5281/zenodo.20500001", datacite.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"HasTranslation\"", datacite.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"IsTranslationOf\"", datacite.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OneItem_FindsItsLanguageVersionsByEveryPairingRule()
    {
        // given four works, each paired by one rule only: translation_of (by DOI, by file name), and DOIs cited both ways
        // (collected from doi.org, or with their own DOIs in front matter)
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("essay.md", "---\ntitle: 数据的边界\nlang: zh\ndate: 2026-05-01\ndoi: 10.5281/zenodo.20500001\n---\n\n数据治理需要清楚的边界，也需要可以核对的来源。\n");
        _lib.Write("boundaries-english.md", "---\ntitle: The Boundaries of Data\nlang: en\ndate: 2026-05-02\ndoi: 10.5281/zenodo.20500002\ntranslation_of: https://doi.org/10.5281/zenodo.20500001\n---\n\nData governance needs clear boundaries and sources one can check.\n");
        _lib.Write("notes/archive-note.md", "---\ntitle: 归档笔记\nlang: zh\ndate: 2026-04-01\ndoi: 10.5281/zenodo.20500003\n---\n\n归档需要保存原始的字节。\n");
        _lib.Write("notes/an-archiving-note.md", "---\ntitle: A note on archiving\nlang: en\ndate: 2026-04-02\ndoi: 10.5281/zenodo.20500004\ntranslation_of: archive-note.md\n---\n\nArchiving needs the original bytes.\n");
        _lib.Write("essays/ledger.md", "---\ntitle: 账本\nlang: zh\ndate: 2026-02-01\ndoi: 10.5281/zenodo.20500007\n---\n\n英文版：https://doi.org/10.5281/zenodo.20500008 。每一次调用都记在账本上。\n");
        _lib.Write("essays/the-ledger-in-english.md", "---\ntitle: The Ledger\nlang: en\ndate: 2026-02-02\ndoi: 10.5281/zenodo.20500008\n---\n\nChinese version: https://doi.org/10.5281/zenodo.20500007. Every call is written in the ledger.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
        // collected from doi.org, each citing the other's DOI: the mentions carry the DOIs
        string jsonl = Path.Combine(_lib.Root, "cited.jsonl");
        File.WriteAllText(jsonl, """
            {"_id": "cite-a", "title": "引用之间", "lang": "zh", "url": "https://doi.org/10.5281/zenodo.20500005", "published": "2026-03-01", "text": "英文版见 https://doi.org/10.5281/zenodo.20500006 。引用让两种语言的版本互相找到。"}
            {"_id": "cite-b", "title": "Between citations", "lang": "en", "url": "https://doi.org/10.5281/zenodo.20500006", "published": "2026-03-02", "text": "The Chinese version is https://doi.org/10.5281/zenodo.20500005 and citations let the versions find each other."}

            """);
        var imported = await _lib.Roots("import", jsonl);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        var list = await _lib.Json("list", "--json");
        string Id(string title) => list.EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        XNamespace dc = "http://datacite.org/schema/kernel-4";

        async Task<XDocument> DataCiteAsync(string title)
        {
            var exported = await _lib.Roots("export", Id(title), "--format", "datacite");
            Assert.True(exported.ExitCode == 0, exported.Stderr);
            return XDocument.Parse(exported.Stdout);
        }

        bool Relates(XDocument xml, string relation, string doi) =>
            xml.Descendants(dc + "relatedIdentifier").Any(r => (string?)r.Attribute("relationType") == relation && r.Value == doi);

        // when each item is exported alone, then it names its other language version, whichever item declared the pairing
        Assert.True(Relates(await DataCiteAsync("数据的边界"), "HasTranslation", "10.5281/zenodo.20500002"));
        Assert.True(Relates(await DataCiteAsync("The Boundaries of Data"), "IsTranslationOf", "10.5281/zenodo.20500001"));
        Assert.True(Relates(await DataCiteAsync("归档笔记"), "HasTranslation", "10.5281/zenodo.20500004"));
        Assert.True(Relates(await DataCiteAsync("A note on archiving"), "IsTranslationOf", "10.5281/zenodo.20500003"));
        Assert.True(Relates(await DataCiteAsync("引用之间"), "HasTranslation", "10.5281/zenodo.20500006"));
        Assert.True(Relates(await DataCiteAsync("Between citations"), "IsTranslationOf", "10.5281/zenodo.20500005"));
        Assert.True(Relates(await DataCiteAsync("账本"), "HasTranslation", "10.5281/zenodo.20500008"));
        Assert.True(Relates(await DataCiteAsync("The Ledger"), "IsTranslationOf", "10.5281/zenodo.20500007"));

        // and the site pairs them too: one work, its English page titled in English with a Chinese alternate
        var published = await _lib.Json("publish", "--langs", "zh,en", "--json");
        Assert.Equal(list.GetArrayLength() - 4, published.GetProperty("works").GetInt32());
    }

    [Fact]
    public async Task Export_Errors_AreOneLineWithExitCodes()
    {
        await AddJournalAsync();

        var unknownFormat = await _lib.Roots("export", "--all", "--format", "marc");
        var unknownId = await _lib.Roots("export", "999", "--format", "bibtex");
        var manyXml = await _lib.Roots("export", "--all", "--format", "datacite");

        Assert.Equal(2, unknownFormat.ExitCode);
        Assert.Contains("datacite-json", unknownFormat.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, unknownId.ExitCode);
        Assert.Contains("no item '999'", unknownId.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, manyXml.ExitCode);
        Assert.Single(manyXml.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Publish_BadSiteConfig_FailsWithOneLine()
    {
        await AddJournalAsync();
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), "");
        File.WriteAllText(Path.Combine(_lib.Library, "roots.yaml"), "site:\n  issn: 1234-5678\n");

        var outcome = await _lib.Roots("publish");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("site.issn", outcome.Stderr, StringComparison.Ordinal);
    }
}
