using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Roots.Web.Tests.Api;

/// <summary>The write side: notes, tags, uploads; bad JSON, unknown ids and oversized bodies as problems.</summary>
public sealed class WriteApiTests : IAsyncLifetime
{
    private ServedLibrary _served = null!;

    public async Task InitializeAsync() => _served = await ServedLibrary.StartAsync(maxUpload: 4096);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task AddNote_WithCsrf_IsCreatedAndSearchable()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var response = await client.SendAsync(Post("/api/notes", csrf, new { text = "# 新笔记\n\n网页应用里的搜索 serendipity", tags = new[] { "web" } }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        long id = (await ServedLibrary.JsonAsync(response)).GetProperty("items")[0].GetInt64();

        var again = await client.SendAsync(Post("/api/notes", csrf, new { text = "# 新笔记\n\n网页应用里的搜索 serendipity" }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await ServedLibrary.JsonAsync(again)).GetProperty("duplicates")[0].GetProperty("existingItemId").GetInt64());

        var found = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=serendipity"));
        Assert.Equal(id, found.GetProperty("items")[0].GetProperty("item").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Tag_AddAndRemove_ReturnsTheTags()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var added = await ServedLibrary.JsonAsync(await client.SendAsync(Post("/api/items/2/tags", csrf, new { add = new[] { "Economics" }, remove = new[] { "tokens" } })));
        var names = added.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("economics", names);
        Assert.DoesNotContain("tokens", names);
    }

    [Fact]
    public async Task Tag_UnknownItem_Is404()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var response = await client.SendAsync(Post("/api/items/999/tags", csrf, new { add = new[] { "x" } }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/notes", "{\"text\": ")]
    [InlineData("/api/notes", "[1, 2]")]
    [InlineData("/api/items/1/tags", "{\"add\": 5}")]
    [InlineData("/api/notes", "{\"text\": \"   \"}")]
    public async Task BadJson_Is400Problem(string url, string body)
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-Token", csrf);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_SmallFile_IsAdded_OversizedIs413()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var small = await client.SendAsync(Upload(csrf, "notes.md", "# Uploaded\n\nA file sent through the browser."u8.ToArray()));
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
        long id = (await ServedLibrary.JsonAsync(small)).GetProperty("items")[0].GetInt64();
        var item = await ServedLibrary.JsonAsync(await client.GetAsync($"/api/items/{id}"));
        Assert.Equal("Uploaded", item.GetProperty("item").GetProperty("title").GetString());

        var big = await client.SendAsync(Upload(csrf, "big.txt", new byte[10_000]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("application/problem+json", big.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_EmailWithAttachment_AttachmentIsAnItem_ShownOnBothItemPages()
    {
        // given an email carrying a text attachment and a zip
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        byte[] mail = Encoding.UTF8.GetBytes(
            "From: alice@example.org\r\nSubject: Minutes attached\r\nMessage-ID: <web-att@example.org>\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nThe minutes are attached.\r\n" +
            "--B\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"minutes.txt\"\r\n\r\nWe agreed to keep WARC files.\r\n" +
            "--B\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=\"bundle.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBAAAAAD/AAEC\r\n--B--\r\n");

        // when
        var uploaded = await client.SendAsync(Upload(csrf, "mail.eml", mail));
        var report = await ServedLibrary.JsonAsync(uploaded);
        long message = report.GetProperty("items")[0].GetInt64();
        long attachment = report.GetProperty("items")[1].GetInt64();
        var shown = await ServedLibrary.JsonAsync(await client.GetAsync($"/api/items/{message}"));
        string messagePage = await client.GetStringAsync($"/items/{message}");
        string attachmentPage = await client.GetStringAsync($"/items/{attachment}");

        // then the message lists its attachment as an item, the zip by name only, and each page links to the other
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.EndsWith("mail.eml#bundle.zip", Assert.Single(report.GetProperty("attachmentsNotRead").EnumerateArray()).GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(attachment, Assert.Single(shown.GetProperty("attachments").EnumerateArray()).GetProperty("item").GetProperty("id").GetInt64());
        Assert.Contains("<h2>Attachments</h2>", messagePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/items/{attachment}\"", messagePage, StringComparison.Ordinal);
        Assert.Contains("<h2>Attachment of</h2>", attachmentPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/items/{message}\"", attachmentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutCsrf_IsRefused()
    {
        using var client = _served.Client();
        var response = await client.PostAsJsonAsync("/api/notes", new { text = "no token" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static HttpRequestMessage Post(string url, string csrf, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-Token", csrf);
        return request;
    }

    private static HttpRequestMessage Upload(string csrf, string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/files") { Content = form };
        request.Headers.Add("X-CSRF-Token", csrf);
        return request;
    }
}
