using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Roots.Web.Tests.Api;

namespace Roots.Web.Tests.Security;

/// <summary>
/// Why the guard exists: any web page can make a browser send requests to localhost. Cross-origin
/// posts, foreign Host headers (DNS rebinding) and tokenless requests to an exposed server are refused.
/// </summary>
public sealed class GuardTests
{
    [Fact]
    public async Task CrossOriginPost_IsRefused_EvenWithTheCsrfToken()
    {
        await using var served = await ServedLibrary.StartAsync();
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = WriteApiTests.Post("/api/notes", csrf, new { text = "from evil" });
        request.Headers.Add("Origin", "http://evil.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var sameOrigin = WriteApiTests.Post("/api/notes", csrf, new { text = "from here" });
        sameOrigin.Headers.Add("Origin", served.Address.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(sameOrigin)).StatusCode);
    }

    [Fact]
    public async Task ForeignHost_IsRefused()
    {
        await using var served = await ServedLibrary.StartAsync();
        using var client = served.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/items");
        request.Headers.Host = "rebind.evil.example:" + served.Address.Port;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var local = new HttpRequestMessage(HttpMethod.Get, "/api/items");
        local.Headers.Host = "localhost:" + served.Address.Port;
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task ExposedServer_WithoutToken_DoesNotStart()
    {
        string root = Directory.CreateTempSubdirectory("roots-web-").FullName;
        try
        {
            string library = Path.Combine(root, "library");
            App.Library.Init(library).Value.Library.Dispose();
            var started = await RootsServer.StartAsync(ServedLibrary.Options(library, exposed: true));
            Assert.False(started.IsSuccess);
            Assert.Contains("roots serve --token", started.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ExposedServer_WantsTheToken_ForEverything()
    {
        await using var served = await ServedLibrary.StartAsync(exposed: true, makeToken: true);
        using var client = served.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/notes", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/tags/merge", new { from = "ai", into = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/jobs/1/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/feeds")).StatusCode);

        // The manifest is fetched by browsers without cookies; it names no data.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manifest.webmanifest")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/items")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", served.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/notes", new { text = "with the token" })).StatusCode);
        Assert.DoesNotContain(served.Token!, await File.ReadAllTextAsync(Path.Combine(served.Library, Roots.Web.Security.AccessToken.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExposedServer_LoginWithTheToken_GivesASession()
    {
        await using var served = await ServedLibrary.StartAsync(exposed: true, makeToken: true);
        using var client = served.Client();
        var wrong = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "guess" }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = served.Token! }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
