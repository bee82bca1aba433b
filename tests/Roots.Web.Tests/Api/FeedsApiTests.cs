using System.Net;
using System.Text;

namespace Roots.Web.Tests.Api;

/// <summary>Feeds: subscribe (once), list with paging, unsubscribe; bad URLs and intervals are problems.</summary>
public sealed class FeedsApiTests : IAsyncLifetime
{
    private ServedLibrary _served = null!;

    public async Task InitializeAsync() => _served = await ServedLibrary.StartAsync();

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task AddListRemove()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var created = await client.SendAsync(WriteApiTests.Post("/api/feeds", csrf, new { url = "https://example.org/feed.xml", everyMinutes = 30 }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        long id = (await ServedLibrary.JsonAsync(created)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WriteApiTests.Post("/api/feeds", csrf, new { url = "https://example.org/feed.xml", everyMinutes = 30 }))).StatusCode);

        var page = await ServedLibrary.JsonAsync(await client.GetAsync("/api/feeds?limit=10"));
        var feed = page.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((30, "https://example.org/feed.xml"), (feed.GetProperty("everyMinutes").GetInt32(), feed.GetProperty("url").GetString()));
        // The wire contract the CLI shares (roots feed list --json): seconds too.
        Assert.Equal(1800, feed.GetProperty("everySeconds").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, feed.GetProperty("lastPolledAt").ValueKind);
        Assert.Contains("example.org/feed.xml", await client.GetStringAsync("/feeds"), StringComparison.Ordinal);

        var removed = new HttpRequestMessage(HttpMethod.Delete, $"/api/feeds/{id}");
        removed.Headers.Add("X-CSRF-Token", csrf);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(removed)).StatusCode);
        Assert.Equal(0, (await ServedLibrary.JsonAsync(await client.GetAsync("/api/feeds"))).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"url\": \"ftp://example.org/feed\"}")]
    [InlineData("{\"url\": \"https://example.org/feed\", \"everyMinutes\": 0}")]
    [InlineData("{\"url\": 5}")]
    public async Task BadFeed_Is400Problem(string body)
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-Token", csrf);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/feed.xml", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://[::1]/feed", "loopback")]
    [InlineData("http://10.1.2.3/rss", "private")]
    [InlineData("http://localhost/rss", "loopback")]
    public async Task PrivateAddress_Is400ProblemNamingTheReason_AndNothingIsSubscribed(string url, string reason)
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var response = await client.SendAsync(WriteApiTests.Post("/api/feeds", csrf, new { url }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await ServedLibrary.JsonAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.Contains("fetch.allow", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await ServedLibrary.JsonAsync(await client.GetAsync("/api/feeds"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AllowedPrivateHost_IsSubscribed()
    {
        await using var served = await ServedLibrary.StartAsync(yaml: "\nfetch:\n  allow: [127.0.0.1]\n");
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var response = await client.SendAsync(WriteApiTests.Post("/api/feeds", csrf, new { url = "http://127.0.0.1:8080/feed.xml" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task RemoveUnknown_Is404Problem()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/feeds/999");
        request.Headers.Add("X-CSRF-Token", csrf);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }
}
