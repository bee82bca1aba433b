using System.Net;
using System.Text.Json;

namespace Roots.Web.Tests.Api;

/// <summary>Export, near-duplicates and the configuration check over HTTP.</summary>
public sealed class ToolsApiTests(ServedLibraryFixture fixture) : IClassFixture<ServedLibraryFixture>
{
    private readonly ServedLibrary _served = fixture.Served;

    [Fact]
    public async Task Export_WritesTheFormat_WithItsMediaType()
    {
        using var client = _served.Client();
        var response = await client.GetAsync("/api/export?format=bibtex&id=1&id=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Contains("时代跃迁", text, StringComparison.Ordinal);
        Assert.Contains("The language tax", text, StringComparison.Ordinal);

        var csl = await client.GetAsync("/api/export?id=1");
        Assert.Equal(JsonValueKind.Array, (await ServedLibrary.JsonAsync(csl)).ValueKind);
    }

    [Theory]
    [InlineData("/api/export?format=docx&id=1", HttpStatusCode.BadRequest)]
    [InlineData("/api/export?format=ris", HttpStatusCode.BadRequest)]
    [InlineData("/api/export?format=ris&id=999", HttpStatusCode.NotFound)]
    public async Task Export_BadRequests_AreProblems(string url, HttpStatusCode status)
    {
        using var client = _served.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dupes_NeedCsrf_AndListGroups()
    {
        using var client = _served.Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/dupes", null)).StatusCode);
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/dupes");
        request.Headers.Add("X-CSRF-Token", csrf);
        var dupes = await ServedLibrary.JsonAsync(await client.SendAsync(request));
        Assert.Equal(JsonValueKind.Array, dupes.GetProperty("groups").ValueKind);
    }

    [Fact]
    public async Task Doctor_ListsFindings_Offline()
    {
        using var client = _served.Client();
        var doctor = await ServedLibrary.JsonAsync(await client.GetAsync("/api/doctor"));
        Assert.Equal(JsonValueKind.Array, doctor.GetProperty("findings").ValueKind);
    }
}
