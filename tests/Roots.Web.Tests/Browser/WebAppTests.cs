using Microsoft.Playwright;

namespace Roots.Web.Tests.Browser;

/// <summary>
/// The web app in a real browser, as a person uses it: add a note, see it in the library, search
/// it in Chinese and in English as they type, edit a tag inline, open a related item; collect a
/// page from a loopback site next to one whose server fails, tag items in bulk, merge tags, see
/// the failed job with its reason and retry it, subscribe to a feed, see the spend chart. No console
/// error may appear (a CSP violation is one). Screenshots of the main pages go to docs/screenshots/ with ROOTS_SCREENSHOTS=1.
/// </summary>
public sealed class WebAppTests
{
    [ChromiumFact]
    public async Task AddSearchTagAndRelated_WorkInTheBrowser()
    {
        await using var served = await ServedLibrary.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumSession.LaunchAsync(playwright);
        var (page, problems) = await ChromiumSession.OpenAsync(browser);
        string root = served.Address.ToString().TrimEnd('/');

        // Add a note through the form.
        await page.GotoAsync(root + "/add");
        await page.FillAsync("#add-note [name=title]", "网页笔记 Web note");
        await page.FillAsync("#add-note [name=text]", "在浏览器里记下的想法：知识花园需要园丁。\n\nA thought noted in the browser: a knowledge garden needs a gardener.");
        await page.FillAsync("#add-note [name=tags]", "garden");
        await page.ClickAsync("#add-note button");
        await page.WaitForSelectorAsync("#add-results li a");

        // It appears in the library.
        await page.GotoAsync(root + "/");
        Assert.Contains("网页笔记 Web note", await page.InnerTextAsync("#results"), StringComparison.Ordinal);
        await Shot(page, "library");

        // Search as you type, in Chinese, then in English; matches are highlighted.
        await page.FillAsync("#q", "园丁");
        await page.WaitForSelectorAsync("#results .snippet mark");
        Assert.Equal("园丁", await page.InnerTextAsync("#results li:first-child mark"));
        Assert.Contains("网页笔记", await page.InnerTextAsync("#results li:first-child > a"), StringComparison.Ordinal);
        await page.FillAsync("#q", "gardener");
        // English is stemmed: "gardener" also matches "garden".
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#results li:first-child mark')].some(m => m.textContent.toLowerCase().startsWith('garden'))");
        Assert.Contains("Web note", await page.InnerTextAsync("#results li:first-child > a"), StringComparison.Ordinal);
        await Shot(page, "search");

        // Open the item, add a tag inline and remove another.
        await page.ClickAsync("#results li:first-child > a");
        await page.WaitForSelectorAsync("article[data-item]");
        await page.FillAsync("#add-tag [name=tag]", "Ideas");
        await page.ClickAsync("#add-tag button");
        await page.WaitForSelectorAsync("#tags [data-remove-tag=ideas]");
        await page.ClickAsync("#tags [data-remove-tag=garden]");
        await page.WaitForFunctionAsync("() => !document.querySelector('#tags [data-remove-tag=garden]')");
        await page.FillAsync("#set-category [name=category]", "Essays");
        await page.ClickAsync("#set-category button");
        await page.WaitForFunctionAsync("() => document.getElementById('category').textContent.startsWith('essays')");
        await Shot(page, "item");

        // Related items link to each other.
        await page.GotoAsync(root + "/items/2");
        if (await page.QuerySelectorAsync("#related a") is { } related)
        {
            await related.ClickAsync();
            await page.WaitForSelectorAsync("article[data-item]");
        }

        // (The jobs and costs screenshots come from the test below, where they have something to show.)
        await page.GotoAsync(root + "/jobs");
        await page.GotoAsync(root + "/costs");
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task CollectUrlsBulkTagMergeRetryAndFeeds_WorkInTheBrowser()
    {
        await using var site = await FixtureSite.StartAsync();
        await using var served = await ServedLibrary.StartAsync(yaml: FixtureSite.FetchAllowYaml +
            "taxonomy:\n  categories: [essays, notes, web]\n  tags:\n    - name: gardening\n      synonyms: [horticulture, 园艺]\n");
        await AddLedgerAsync(served.Library);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumSession.LaunchAsync(playwright);
        var (page, problems) = await ChromiumSession.OpenAsync(browser);
        string root = served.Address.ToString().TrimEnd('/');

        // Collect a page from the loopback site and one whose server fails with 500.
        await page.GotoAsync(root + "/add?url=" + Uri.EscapeDataString(site.Url("/garden")));
        Assert.Equal(site.Url("/garden"), await page.InputValueAsync("#add-urls [name=urls]"));
        await page.FillAsync("#add-urls [name=urls]", site.Url("/garden") + "\n" + site.Url("/broken"));
        await page.ClickAsync("#add-urls button");
        // Each URL has its own line: a link to the new item, or the reason it failed.
        await page.WaitForSelectorAsync("#add-results li .error");
        await page.WaitForSelectorAsync("#add-results li a[href^='/items/']");
        Assert.Contains("500", await page.InnerTextAsync("#add-results li .error"), StringComparison.Ordinal);
        await Shot(page, "add");

        // The collected page is in the library and found in Chinese.
        await page.GotoAsync(root + "/");
        Assert.Contains(FixtureSite.GardenTitle, await page.InnerTextAsync("#results"), StringComparison.Ordinal);
        await page.FillAsync("#q", "番茄");
        await page.WaitForSelectorAsync("#results .snippet mark");
        Assert.Contains(FixtureSite.GardenTitle, await page.InnerTextAsync("#results li:first-child > a"), StringComparison.Ordinal);

        // Bulk tag: tick two items, add one tag to both.
        await page.FillAsync("#q", "");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#results li').length === 3");
        await page.CheckAsync("#results li:nth-child(1) input.pick");
        await page.CheckAsync("#results li:nth-child(2) input.pick");
        Assert.Equal("2 selected", await page.InnerTextAsync("#picked"));
        await page.FillAsync("#bulk [name=tag]", "horticulture");
        await page.ClickAsync("#bulk [data-bulk=add]");
        await page.WaitForFunctionAsync("() => document.getElementById('bulk-status').textContent.startsWith('tagged 2')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#results .tag')].filter(t => t.textContent === 'gardening').length === 2");
        await Shot(page, "bulk");

        // Organise: merge "ai" into "gardening" (a synonym spelling works too).
        await page.GotoAsync(root + "/organise");
        await page.FillAsync("#merge-tags [name=from]", "ai");
        await page.FillAsync("#merge-tags [name=into]", "园艺");
        await page.ClickAsync("#merge-tags button");
        await page.WaitForFunctionAsync("() => document.getElementById('merge-status').textContent.startsWith('merged')");
        Assert.DoesNotContain(">ai<", await page.InnerHTMLAsync("#tag-counts"), StringComparison.Ordinal);
        Assert.Contains("园艺", await page.InnerTextAsync("#taxonomy"), StringComparison.Ordinal);
        await page.ClickAsync("[data-classify=run]");
        await page.WaitForFunctionAsync("() => document.getElementById('merge-status').textContent.startsWith('looked at')");
        await Shot(page, "organise");

        // Jobs: the failed URL is there with its reason; retry queues it again.
        await page.GotoAsync(root + "/jobs");
        string broken = site.Url("/broken");
        var row = page.Locator("#jobs tr", new() { HasText = broken });
        Assert.Contains("500", await row.Locator(".reason").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(await row.Locator(".state").InnerTextAsync(), new[] { "failed", "dead" });
        await Shot(page, "jobs");
        await row.Locator("[data-job-action=retry]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('job-status').textContent.includes('queued again')");
        Assert.Equal("queued", await row.Locator(".state").InnerTextAsync());

        // Feeds: subscribe to the loopback feed.
        await page.GotoAsync(root + "/feeds");
        await page.FillAsync("#add-feed [name=url]", site.Url("/feed.xml"));
        await page.FillAsync("#add-feed [name=every]", "30");
        await page.ClickAsync("#add-feed button");
        await page.WaitForSelectorAsync("#feeds tr[data-feed]");
        Assert.Contains("30 min", await page.InnerTextAsync("#feeds"), StringComparison.Ordinal);
        await page.ClickAsync("#poll-feeds");
        await page.WaitForFunctionAsync("() => document.getElementById('feed-status').textContent.startsWith('polled 1 feed')");
        Assert.Contains("Fixture feed", await page.InnerTextAsync("#feeds"), StringComparison.Ordinal);
        await Shot(page, "feeds");

        // Costs: the spend chart is drawn.
        await page.GotoAsync(root + "/costs");
        Assert.True(await page.Locator("#chart-model rect.segment").CountAsync() >= 2);
        await Shot(page, "costs");

        // The language tax of this library: Chinese pays more tokens per character than English.
        await page.ClickAsync("a[href='/costs/language-tax']");
        await page.WaitForSelectorAsync("#language-tax");
        Assert.Contains("o200k_base", await page.InnerTextAsync("#language-tax"), StringComparison.Ordinal);
        await Shot(page, "language-tax");
        Assert.Empty(problems);
    }

    private static async Task AddLedgerAsync(string library)
    {
        using var opened = App.Library.Open(library).Value;
        var ledger = (Roots.Core.Ports.IUsageLedger)opened.Store;
        var today = DateTimeOffset.UtcNow;
        string[] operations = ["summarize", "tag", "translate", "ask"];
        for (int day = 0; day < 14; day++)
        {
            for (int call = 0; call <= day % 4; call++)
            {
                string model = call % 2 == 0 ? "deepseek-chat" : "qwen-plus";
                string operation = operations[(day + call) % operations.Length];
                long input = 800 + (day * 97 % 1300), output = 150 + (call * 60);
                decimal cost = Math.Round(((input * 0.27m) + (output * 1.10m)) / 1_000_000m * (1 + (day % 3)), 6);
                await ledger.AppendAsync(new Roots.Core.Ports.LedgerEntry(today.AddDays(-day), model == "deepseek-chat" ? "deepseek" : "qwen", model, operation,
                    null, input, output, 0, cost, "USD", 600, "success", false, null));
            }
        }
    }

    private static async Task Shot(IPage page, string name)
    {
        // The README's screenshots are refreshed on request (ROOTS_SCREENSHOTS=1 dotnet test tests/Roots.Web.Tests),
        // not by every run: ports and times differ each time, and a test run should not dirty the checkout.
        // Otherwise the screenshot is still taken (it must render), into the test's output folder.
        string folder = Environment.GetEnvironmentVariable("ROOTS_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"web-{name}.png"), FullPage = false });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Roots.sln")))
            {
                return directory.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
