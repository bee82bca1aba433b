using System.Net;

namespace Roots.Web.Tests.Api;

/// <summary>The read side of the JSON API: list, search, show, related, graph, the OpenAPI document.</summary>
public sealed class ReadApiTests(ServedLibraryFixture fixture) : IClassFixture<ServedLibraryFixture>
{
    private readonly ServedLibrary _served = fixture.Served;

    [Fact]
    public async Task List_PagesNewestFirst()
    {
        using var client = _served.Client();
        var page = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?limit=1"));
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("nextOffset").GetInt32());
        var zh = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?lang=zh"));
        Assert.Equal("时代跃迁", zh.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("知识", "时代跃迁", "<mark>知识</mark>")]
    [InlineData("tokens", "The language tax", "<mark>tokens</mark>")]
    public async Task Search_FindsChineseAndEnglish_WithHighlights(string query, string title, string mark)
    {
        using var client = _served.Client();
        var page = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=" + Uri.EscapeDataString(query)));
        var first = page.GetProperty("items")[0];
        Assert.Equal(title, first.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains(mark, first.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TagFilter_KeepsOnlyTagged()
    {
        using var client = _served.Client();
        var page = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=text&tag=ai"));
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/items?limit=0")]
    [InlineData("/api/items?since=yesterday")]
    [InlineData("/api/search?q=x&mode=psychic")]
    public async Task BadQuery_Is400Problem(string url)
    {
        using var client = _served.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Show_ReturnsDetails_WithIdentifierLinksAndOriginals()
    {
        using var client = _served.Client();
        var item = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/1"));
        Assert.Equal("时代跃迁", item.GetProperty("item").GetProperty("title").GetString());
        var doi = item.GetProperty("identifiers").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "doi");
        Assert.Equal("https://doi.org/10.5281/zenodo.1234567", doi.GetProperty("href").GetString());
        Assert.StartsWith("/original/", item.GetProperty("versions")[0].GetProperty("originalUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains(item.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "ai");
    }

    [Theory]
    [InlineData("/api/items/999")]
    [InlineData("/api/items/no-such-id/related")]
    [InlineData("/original/0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("/original/not-a-hash")]
    public async Task UnknownId_Is404Problem(string url)
    {
        using var client = _served.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Related_ReturnsTheOtherItem()
    {
        using var client = _served.Client();
        var related = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2/related"));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, related.ValueKind);
    }

    [Fact]
    public async Task GraphAndOpenApi_AreJson()
    {
        using var client = _served.Client();
        var graph = await ServedLibrary.JsonAsync(await client.GetAsync("/api/graph"));
        Assert.True(graph.TryGetProperty("links", out _));
        var openApi = await ServedLibrary.JsonAsync(await client.GetAsync("/openapi.json"));
        Assert.Equal("3.1.0", openApi.GetProperty("openapi").GetString());
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/search", out _));
    }

    [Fact]
    public async Task Original_IsServedSandboxed_AndPagesCarryStrictCsp()
    {
        using var client = _served.Client();
        var item = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items/2"));
        var original = await client.GetAsync(item.GetProperty("versions")[0].GetProperty("originalUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("sandbox; default-src 'none'", original.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", original.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("language tax", await original.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await client.GetAsync("/items/2");
        string csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_EscapeWhatTheyShow()
    {
        using var client = _served.Client();
        string html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
