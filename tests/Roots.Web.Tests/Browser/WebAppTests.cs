using Microsoft.Playwright;

namespace Roots.Web.Tests.Browser;

/// <summary>
/// The web app in a real browser, as a person uses it: add a note, see it in the library, search
/// it in Chinese and in English as they type, edit a tag inline, open a related item. No console
/// error may appear (a CSP violation is one). Screenshots of the main pages go to docs/screenshots/.
/// </summary>
public sealed class WebAppTests
{
    [ChromiumFact]
    public async Task AddSearchTagAndRelated_WorkInTheBrowser()
    {
        await using var served = await ServedLibrary.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } });
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
        string root = served.Address.ToString().TrimEnd('/');

        // Add a note through the form.
        await page.GotoAsync(root + "/add");
        await page.FillAsync("#add-note [name=title]", "网页笔记 Web note");
        await page.FillAsync("#add-note [name=text]", "在浏览器里记下的想法：知识花园需要园丁。\n\nA thought noted in the browser: a knowledge garden needs a gardener.");
        await page.FillAsync("#add-note [name=tags]", "garden");
        await page.ClickAsync("#add-note button");
        await page.WaitForSelectorAsync("#add-results li a");
        await Shot(page, "add");

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
        await Shot(page, "item");

        // Related items link to each other.
        await page.GotoAsync(root + "/items/2");
        if (await page.QuerySelectorAsync("#related a") is { } related)
        {
            await related.ClickAsync();
            await page.WaitForSelectorAsync("article[data-item]");
        }

        await page.GotoAsync(root + "/jobs");
        await Shot(page, "jobs");
        await page.GotoAsync(root + "/costs");
        await Shot(page, "costs");
        Assert.Empty(problems);
    }

    private static async Task Shot(IPage page, string name)
    {
        string folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
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
