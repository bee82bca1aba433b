using Microsoft.Playwright;
using Roots.Core.Identifiers;
using Roots.Publish.Metadata;
using Roots.Publish.Site;
using Roots.Publish.Site.Model;

namespace Roots.Publish.BrowserTests;

/// <summary>
/// The published site in a real browser: home, an item page and the search page load with no
/// console error (a CSP violation would be one) and no dialog, and a Chinese and an English search
/// find what they should; the Arabic pages are laid out right to left.
/// </summary>
public sealed class PublishedSiteTests : IAsyncLifetime
{
    private readonly string _site = Directory.CreateTempSubdirectory("roots-browser-").FullName;
    private StaticSiteServer? _server;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            return;
        }

        _server = await StaticSiteServer.StartAsync(_site);
        var published = SitePublisher.Publish(Content(_server.BaseUrl), _site);
        Assert.True(published.IsSuccess, published.Error);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_site, recursive: true);
    }

    [ChromiumFact]
    public async Task HomeItemAndSearch_LoadWithoutErrors_AndSearchFindsChineseAndEnglish()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };

        string root = _server!.BaseUrl;
        Assert.Equal(200, (await page.GotoAsync(root + "zh/"))!.Status);
        Assert.Equal("时代跃迁", await page.TextContentAsync("h1"));
        Assert.Equal(200, (await page.GotoAsync(root + "en/items/3/"))!.Status);
        Assert.Contains("script", await page.TextContentAsync("article .text") ?? "", StringComparison.Ordinal);
        Assert.Equal(200, (await page.GotoAsync(root + "zh/items/1/"))!.Status);
        Assert.Equal("词元之后", await page.TextContentAsync("h1"));

        await page.GotoAsync(root + "zh/search/");
        await page.FillAsync("#q", "词元");
        await page.WaitForSelectorAsync("#results li a");
        Assert.Contains("词元之后", await page.InnerTextAsync("#results"), StringComparison.Ordinal);

        await page.GotoAsync(root + "en/search/?q=archiving");
        await page.WaitForSelectorAsync("#results li a");
        Assert.Contains("Notes on web archiving", await page.InnerTextAsync("#results"), StringComparison.Ordinal);
        await page.FillAsync("#q", "nothing-like-this");
        await page.WaitForSelectorAsync("#results li:not(:has(a))");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ChromiumFact]
    public async Task ArabicPage_IsLaidOutRightToLeft_AndAnEnglishTitleInItLeftToRight()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 800 } });
        Assert.Equal(200, (await page.GotoAsync(_server!.BaseUrl + "ar/items/2/"))!.Status);

        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("html", "e => getComputedStyle(e).direction"));
        var links = await page.QuerySelectorAllAsync("header.site nav:not(.langs) a");
        Assert.Equal("الرئيسية", await links[0].TextContentAsync());
        var first = (await links[0].BoundingBoxAsync())!;
        var second = (await links[1].BoundingBoxAsync())!;
        // Right to left: the first link is the rightmost, the next one to its left.
        Assert.True(first.X > second.X + second.Width - 1, $"first nav link at x={first.X}, second at x={second.X} (width {second.Width})");
        // The brand (the site title) starts at the right edge, as the start of an Arabic line.
        var brand = (await page.QuerySelectorAsync("header.site .brand"))!;
        var brandBox = (await brand.BoundingBoxAsync())!;
        Assert.True(brandBox.X > 500, $"the site title starts on the right in Arabic, at x={brandBox.X}");
        // The English work keeps its own direction inside the Arabic page.
        Assert.Equal("ltr", await page.EvalOnSelectorAsync<string>("article", "e => getComputedStyle(e).direction"));
        Assert.Equal("Notes on web archiving", await page.TextContentAsync("article h1"));

        Assert.Equal(200, (await page.GotoAsync(_server.BaseUrl + "en/items/2/"))!.Status);
        Assert.Equal("ltr", await page.EvalOnSelectorAsync<string>("html", "e => getComputedStyle(e).direction"));
        var enLinks = await page.QuerySelectorAllAsync("header.site nav:not(.langs) a");
        Assert.True((await enLinks[0].BoundingBoxAsync())!.X < (await enLinks[1].BoundingBoxAsync())!.X);
    }

    private static SiteContent Content(string baseUrl)
    {
        var journal = new Journal
        {
            Titles = [new("zh", "时代跃迁"), new("en", "The Epochal Transition")],
            Issn = Identifier.Create(IdentifierKind.Issn, "3083-5178").Value,
            DefaultCreators = [Creator.Person("Wu", "Zhaohui", Identifier.Create(IdentifierKind.Orcid, "0009-0009-5318-3027").Value)],
        };
        PublicationRecord Record(string id, string lang, string title, string summary) => new()
        {
            Id = id,
            Language = lang,
            Titles = [new(lang, title)],
            Abstracts = [new(lang, summary)],
            Journal = journal,
            IsOwnWork = true,
        };
        SiteWork Work(string slug, string lang, string title, string summary, string text, params string[] tags) => new()
        {
            Slug = slug,
            Versions = [new SiteVersion(lang, Record(slug, lang, title, summary), text)],
            Tags = tags,
            Date = PartialDate.Create(2026, 6, int.Parse(slug, System.Globalization.CultureInfo.InvariantCulture)).Value,
            LastModified = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero),
        };

        return new SiteContent(
            new SiteOptions { BaseUrl = baseUrl, Languages = ["zh", "en", "ar"], Titles = journal.Titles, Journal = journal },
            [
                Work("1", "zh", "词元之后", "词元正在成为人工智能时代的核心计量单位。", "词元正在成为人工智能时代的核心计量单位。", "ai"),
                Work("2", "en", "Notes on web archiving", "WARC files keep what a crawler saw.", "WARC files keep what a crawler saw.", "archiving"),
                Work("3", "en", "Hostile <script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                    "<script>alert(1)</script> <a href=\"javascript:alert(3)\">x</a> <svg onload=alert(4)></svg>"),
            ]);
    }
}
