using System.Security.Cryptography;
using System.Xml.Linq;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots publish</c> keeps what it derived from each item version in <c>&lt;library&gt;/cache/</c>: these
/// tests show the cache never changes what is published, only how long it takes, and that every change
/// that should re-render a page does.
/// </summary>
public sealed class PublishCacheTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private string Cache => Path.Combine(_lib.Library, "cache", "publish-facts.bin");

    private async Task AddNotesAsync()
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), "site:\n  title: { zh: 笔记, en: Notes }\n  base_url: https://notes.example/\n  languages: [zh, en]\n\n");
        _lib.Write("tokens.zh.md", "---\ntitle: 词元之后\nlang: zh\ndate: 2026-06-01\ntags: [ai]\n---\n\n词元正在成为人工智能时代的核心计量单位，但词元本身不是最终价值。\n");
        _lib.Write("tokens.en.md", "---\ntitle: Beyond Tokens\nlang: en\ndate: 2026-06-01\ntags: [ai]\n---\n\nTokens are becoming the core unit of measurement in the age of artificial intelligence.\n");
        _lib.Write("warc.md", "---\ntitle: Notes on WARC\nlang: en\ndate: 2025-03-01\ntags: [archiving]\n---\n\nWARC files keep what a crawler saw, byte for byte.\n");
        _lib.Write("crawl.md", "---\ntitle: Crawling politely\nlang: en\ndate: 2025-04-01\ntags: [archiving]\n---\n\nA polite crawler reads robots.txt and waits between requests to one host.\n");
        var added = await _lib.Roots("add", _lib.Inputs);
        Assert.True(added.ExitCode == 0, added.Stderr);
    }

    private static Dictionary<string, string> Snapshot(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private async Task<string> ItemPageAsync(string title, string lang)
    {
        var list = await _lib.Json("list", "--json");
        long id = list.EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetInt64();
        return $"{lang}/items/{id}/index.html";
    }

    [Fact]
    public async Task Publish_WithWarmColdOrNoCache_WritesTheSameBytes()
    {
        // given a library published once (which fills the cache)
        await AddNotesAsync();
        string cold = Path.Combine(_lib.Root, "cold"), warm = Path.Combine(_lib.Root, "warm"), none = Path.Combine(_lib.Root, "none");
        await _lib.Json("publish", "--out", cold, "--json");
        Assert.True(File.Exists(Cache));

        // when the same library is published into an empty folder from the cache, and again with the cache deleted
        var fromCache = await _lib.Json("publish", "--out", warm, "--json");
        File.Delete(Cache);
        await _lib.Json("publish", "--out", none, "--json");

        // then every file (texts read only when their pages are rendered) is byte for byte the same
        Assert.Equal(fromCache.GetProperty("files").GetInt32(), fromCache.GetProperty("rendered").GetInt32());
        var expected = Snapshot(cold);
        Assert.Equal(expected, Snapshot(warm));
        Assert.Equal(expected, Snapshot(none));
        Assert.Contains("WARC files keep what a crawler saw", File.ReadAllText(Path.Combine(warm, await ItemPageAsync("Notes on WARC", "en"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_AfterOneItemChanges_RewritesItsPagesAndTheListsThatShowIt()
    {
        // given a published library
        await AddNotesAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        var before = Snapshot(site);
        string warcPage = await ItemPageAsync("Notes on WARC", "en");
        string tokensPage = before.Keys.Single(p => p.StartsWith("en/items/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal)
            && File.ReadAllText(Path.Combine(site, p)).Contains("<h1>Beyond Tokens</h1>", StringComparison.Ordinal));

        // when one note gets a new version (new title and text) and the library is published again
        _lib.Write("warc.md", "---\ntitle: Notes on WARC files\nlang: en\ndate: 2025-03-01\ntags: [archiving]\n---\n\nWARC files keep every response a crawler saw, headers included.\n");
        Assert.Equal(0, (await _lib.Roots("add", Path.Combine(_lib.Inputs, "warc.md"))).ExitCode);
        var report = await _lib.Json("publish", "--out", site, "--json");
        var after = Snapshot(site);

        // then its pages, the lists that show it and the feeds change; an unrelated work's pages do not
        Assert.True(report.GetProperty("rendered").GetInt32() < report.GetProperty("files").GetInt32());
        Assert.NotEqual(before[warcPage], after[warcPage]);
        Assert.NotEqual(before[warcPage.Replace("en/", "zh/", StringComparison.Ordinal)], after[warcPage.Replace("en/", "zh/", StringComparison.Ordinal)]);
        Assert.NotEqual(before["en/index.html"], after["en/index.html"]);
        Assert.NotEqual(before["en/tags/archiving/index.html"], after["en/tags/archiving/index.html"]);
        Assert.NotEqual(before["en/feed.xml"], after["en/feed.xml"]);
        Assert.NotEqual(before["en/search-index.json"], after["en/search-index.json"]);
        Assert.Equal(before["en/tags/ai/index.html"], after["en/tags/ai/index.html"]);
        Assert.Equal(before[tokensPage], after[tokensPage]);
        string page = File.ReadAllText(Path.Combine(site, warcPage));
        Assert.Contains("every response a crawler saw", page, StringComparison.Ordinal);
        Assert.Contains("Notes on WARC files", page, StringComparison.Ordinal);

        // and the result is what a publish from nothing, without the cache, writes
        File.Delete(Cache);
        string fresh = Path.Combine(_lib.Root, "fresh");
        await _lib.Json("publish", "--out", fresh, "--json");
        Assert.Equal(Snapshot(fresh), after);
    }

    [Fact]
    public async Task Publish_AfterATagChange_RerendersThePageFromTheCachedItem()
    {
        // given a published library whose cache knows every item
        await AddNotesAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        var list = await _lib.Json("list", "--json");
        string id = list.EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Crawling politely").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // when only a tag changes (no new version: the item's facts come from the cache, its text is read for the page)
        Assert.Equal(0, (await _lib.Roots("tag", id, "+robots")).ExitCode);
        var report = await _lib.Json("publish", "--out", site, "--json");

        // then its pages are rendered again with the text, and the new tag has its page
        Assert.True(report.GetProperty("written").GetInt32() > 0);
        string page = File.ReadAllText(Path.Combine(site, "en", "items", id, "index.html"));
        Assert.Contains("A polite crawler reads robots.txt", page, StringComparison.Ordinal);
        Assert.Contains("tags/robots/", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "en", "tags", "robots", "index.html")));
    }

    [Fact]
    public async Task Publish_AfterATemplateOverrideChanges_RerendersEveryFile()
    {
        // given a published library
        await AddNotesAsync();
        string site = Path.Combine(_lib.Root, "site");
        var first = await _lib.Json("publish", "--out", site, "--json");

        // when a template override appears in <library>/templates
        string templates = Directory.CreateDirectory(Path.Combine(_lib.Library, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "about.liquid"), "<h1>{{ heading }}</h1>\n<div class=\"text\">{{ body | raw }}</div>\n<p>override</p>\n");
        var second = await _lib.Json("publish", "--out", site, "--json");
        var third = await _lib.Json("publish", "--out", site, "--json");

        // then every file is rendered again (the theme is part of every file's key), the override shows, and a third run renders nothing
        Assert.Equal(first.GetProperty("files").GetInt32(), second.GetProperty("rendered").GetInt32());
        Assert.Contains("<p>override</p>", File.ReadAllText(Path.Combine(site, "en", "about", "index.html")), StringComparison.Ordinal);
        Assert.Equal(0, third.GetProperty("rendered").GetInt32());
    }

    [Fact]
    public async Task Publish_WithADamagedCache_RebuildsIt()
    {
        await AddNotesAsync();
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        var before = Snapshot(site);
        File.WriteAllBytes(Cache, [1, 2, 3]);

        var report = await _lib.Json("publish", "--out", site, "--json");

        Assert.Equal(0, report.GetProperty("written").GetInt32());
        Assert.Equal(before, Snapshot(site));
        Assert.True(new FileInfo(Cache).Length > 3);
    }
}
