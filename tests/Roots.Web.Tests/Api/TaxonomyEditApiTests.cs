using System.Net;
using System.Net.Http.Json;

namespace Roots.Web.Tests.Api;

/// <summary><c>PUT /api/taxonomy</c>: the web edits categories, tags and synonyms in roots.yaml, and every request uses them at once.</summary>
public sealed class TaxonomyEditApiTests : IAsyncLifetime
{
    private ServedLibrary _served = null!;

    public async Task InitializeAsync() => _served = await ServedLibrary.StartAsync(yaml: "\n# kept: a comment outside the taxonomy\nsearch:\n  title_weight: 2\n");

    public async Task DisposeAsync() => await _served.DisposeAsync();

    private static HttpRequestMessage Put(string csrf, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/taxonomy") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-Token", csrf);
        return request;
    }

    [Fact]
    public async Task Put_SavesTheTaxonomy_AndTheNextRequestsUseItsSynonyms()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        var saved = await client.SendAsync(Put(csrf, new { categories = new[] { "essays", "news" }, tags = new[] { new { name = "tea", synonyms = new[] { "茶", "Tea" } } } }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // every pooled connection now reads the new roots.yaml: a synonym given as a tag becomes the canonical tag
        var taxonomy = await ServedLibrary.JsonAsync(await client.GetAsync("/api/taxonomy"));
        Assert.Equal(["essays", "news"], taxonomy.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        for (int i = 0; i < 3; i++)
        {
            var tagged = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/items/1/tags", csrf, new { add = new[] { "茶" } })));
            Assert.Contains("tea", tagged.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        }

        string yaml = await File.ReadAllTextAsync(Path.Combine(_served.Library, "roots.yaml"));
        Assert.Contains("# kept: a comment outside the taxonomy", yaml, StringComparison.Ordinal);
        Assert.Contains("title_weight: 2", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_AnInvalidTaxonomy_IsAProblem_AndChangesNothing()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        string before = await File.ReadAllTextAsync(Path.Combine(_served.Library, "roots.yaml"));

        var clash = await client.SendAsync(Put(csrf, new { tags = new[] { new { name = "ai", synonyms = new[] { "ml" } }, new { name = "learning", synonyms = new[] { "ml" } } } }));
        var empty = await client.SendAsync(Put(csrf, new { categories = new[] { "" } }));

        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Equal("application/problem+json", clash.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(_served.Library, "roots.yaml")));
    }

    [Fact]
    public async Task Put_WithoutCsrf_IsRefused()
    {
        using var client = _served.Client();
        var refused = await client.PutAsJsonAsync("/api/taxonomy", new { categories = new[] { "x" } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task OrganisePage_HasTheEditorWithTheCurrentTaxonomy()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        await client.SendAsync(Put(csrf, new { categories = new[] { "essays" }, tags = new[] { new { name = "tea", synonyms = new[] { "茶" } } } }));

        string page = await client.GetStringAsync("/organise");

        Assert.Contains("id=\"taxonomy-form\"", page, StringComparison.Ordinal);
        Assert.Contains("tea: 茶</textarea>", page, StringComparison.Ordinal);
    }

    [Roots.Web.Tests.Browser.ChromiumFact]
    public async Task Editor_SavesTagsAndSynonyms_InTheBrowser()
    {
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await Roots.Web.Tests.Browser.ChromiumSession.LaunchAsync(playwright);
        var (page, problems) = await Roots.Web.Tests.Browser.ChromiumSession.OpenAsync(browser, httpErrors: false);

        await page.GotoAsync(_served.Address + "organise");
        await page.ClickAsync("#taxonomy-edit summary");
        await page.FillAsync("#taxonomy-form [name=categories]", "essays\nnews");
        await page.FillAsync("#taxonomy-form [name=tags]", "tea: 茶，Tea\narchives");
        await page.ClickAsync("#taxonomy-form button");
        await page.WaitForSelectorAsync("text=taxonomy saved to roots.yaml");

        string taxonomy = await page.InnerTextAsync("#taxonomy");
        Assert.Contains("essays", taxonomy, StringComparison.Ordinal);
        Assert.Contains("茶, Tea", taxonomy, StringComparison.Ordinal);
        Assert.Contains("archives", taxonomy, StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
