using System.Net;

namespace Roots.Web.Tests.Api;

/// <summary>Upkeep over the API: verify, reindex, embed now, and the subscriptions as OPML.</summary>
public sealed class MaintenanceApiTests : IAsyncLifetime
{
    private ServedLibrary _served = null!;

    public async Task InitializeAsync() => _served = await ServedLibrary.StartAsync();

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Verify_ReHashesTheOriginals_AndReportsASoundLibrary()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        var report = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/verify", csrf, new { })));

        Assert.True(report.GetProperty("sound").GetBoolean());
        Assert.Equal(2, report.GetProperty("items").GetInt64());
        Assert.Equal(2, report.GetProperty("versionsChecked").GetInt64());
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Reindex_RebuildsTheIndex_AndSearchStillFinds()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        var report = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/reindex", csrf, new { })));
        var found = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=tokens"));

        Assert.Equal(2, report.GetProperty("indexEntries").GetInt64());
        Assert.NotEqual(0, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Embed_MakesThePendingVectors_ThenNothingIsPending()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        var first = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/embed", csrf, new { })));
        var second = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/embed", csrf, new { })));

        Assert.Equal(2, first.GetProperty("items").GetInt32());
        Assert.Equal(0, second.GetProperty("items").GetInt32());
        Assert.Equal(0, second.GetProperty("pending").GetInt64());
    }

    [Fact]
    public async Task FeedsOpml_ListsTheSubscriptions()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        await client.SendAsync(WriteApiTests.Post("/api/feeds", csrf, new { url = "https://example.org/feed.xml" }));

        var response = await client.GetAsync("/api/feeds/opml");

        Assert.Equal("text/x-opml", response.Content.Headers.ContentType!.MediaType);
        string opml = await response.Content.ReadAsStringAsync();
        Assert.Contains("<opml", opml, StringComparison.Ordinal);
        Assert.Contains("https://example.org/feed.xml", opml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/verify")]
    [InlineData("/api/reindex")]
    [InlineData("/api/embed")]
    public async Task Each_WithoutCsrf_IsRefused(string url)
    {
        using var client = _served.Client();
        var refused = await client.PostAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
