using Microsoft.Playwright;

namespace Roots.Web.Tests.Browser;

/// <summary>Debian's chromium under Playwright, and pages that record what a user should never see.</summary>
internal static class ChromiumSession
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumFactAttribute.ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });

    /// <summary>
    /// A page that records every console error or warning (a CSP violation is one) and page error, and
    /// with <paramref name="httpErrors"/> every HTTP error response too.
    /// </summary>
    public static async Task<(IPage Page, List<string> Problems)> OpenAsync(IBrowser browser, bool httpErrors = true)
    {
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
        if (httpErrors)
        {
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    problems.Add($"HTTP {response.Status}: {response.Url}");
                }
            };
        }

        return (page, problems);
    }
}
