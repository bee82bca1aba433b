using System.Net;
using System.Net.Http.Json;

namespace Roots.Web.Tests.Api;

/// <summary>Organise: tags in use (paged), the taxonomy, merging tags, one tag edit on many items.</summary>
public sealed class OrganiseApiTests : IAsyncLifetime
{
    private const string Taxonomy = "\ntaxonomy:\n  categories: [essays, notes]\n  tags:\n    - name: machine-learning\n      synonyms: [ml, 机器学习]\n";

    private ServedLibrary _served = null!;

    public async Task InitializeAsync() => _served = await ServedLibrary.StartAsync(yaml: Taxonomy);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Tags_CountsItems_AndPages()
    {
        using var client = _served.Client();
        var page = await ServedLibrary.JsonAsync(await client.GetAsync("/api/tags?limit=1"));
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("nextOffset").GetInt32());
        var rest = await ServedLibrary.JsonAsync(await client.GetAsync("/api/tags?offset=1"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rest.GetProperty("nextOffset").ValueKind);
        var first = page.GetProperty("items")[0];
        Assert.Equal(1, first.GetProperty("items").GetInt32());

        var bad = await client.GetAsync("/api/tags?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Taxonomy_ShowsCategoriesTagsAndSynonyms()
    {
        using var client = _served.Client();
        var taxonomy = await ServedLibrary.JsonAsync(await client.GetAsync("/api/taxonomy"));
        Assert.Equal(["essays", "notes"], taxonomy.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var tag = taxonomy.GetProperty("tags")[0];
        Assert.Equal("machine-learning", tag.GetProperty("name").GetString());
        Assert.Contains("机器学习", tag.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task BulkTag_ThenMerge_MovesTheTagOnEveryItem()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);

        // given "ai" on both items (the bulk edit adds it to the second)
        var bulk = await client.SendAsync(WriteApiTests.Post("/api/items/tags", csrf, new { items = new[] { "1", "2" }, add = new[] { "AI" } }));
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        Assert.Equal(2, (await ServedLibrary.JsonAsync(bulk)).GetProperty("items").GetArrayLength());

        // when "ai" is merged into a synonym of machine-learning
        var merged = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/tags/merge", csrf, new { from = "ai", into = "ML" })));

        // then the synonym was resolved, both items moved, and "ai" is gone
        Assert.Equal(("ai", "machine-learning", 2), (merged.GetProperty("from").GetString(), merged.GetProperty("into").GetString(), merged.GetProperty("items").GetInt32()));
        var tagged = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?tag=machine-learning"));
        Assert.Equal(2, tagged.GetProperty("items").GetArrayLength());
        var tags = await ServedLibrary.JsonAsync(await client.GetAsync("/api/tags"));
        Assert.DoesNotContain(tags.GetProperty("items").EnumerateArray(), t => t.GetProperty("tag").GetString() == "ai");

        // and a bulk removal takes it off both
        await client.SendAsync(WriteApiTests.Post("/api/items/tags", csrf, new { items = new[] { "1", "2" }, remove = new[] { "machine-learning" } }));
        Assert.Equal(0, (await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?tag=machine-learning"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Category_SetOnAnItem_FiltersTheListAndSearch()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        await client.SendAsync(WriteApiTests.Post("/api/items/2/tags", csrf, new { category = "Essays" }));

        var listed = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?category=essays"));
        Assert.Equal(["The language tax"], listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var found = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=text&category=notes"));
        Assert.Equal(0, found.GetProperty("items").GetArrayLength());
        var foundInEssays = await ServedLibrary.JsonAsync(await client.GetAsync("/api/search?mode=lexical&q=text&category=essays"));
        Assert.Equal(1, foundInEssays.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/tags/merge", "{\"from\": \"ai\", \"into\": \"AI\"}", HttpStatusCode.BadRequest)]
    [InlineData("/api/tags/merge", "{\"from\": \" \", \"into\": \"x\"}", HttpStatusCode.BadRequest)]
    [InlineData("/api/tags/merge", "{\"from\": ", HttpStatusCode.BadRequest)]
    [InlineData("/api/items/tags", "{\"items\": [], \"add\": [\"x\"]}", HttpStatusCode.BadRequest)]
    [InlineData("/api/items/tags", "{\"items\": [\"1\"]}", HttpStatusCode.BadRequest)]
    [InlineData("/api/items/tags", "{\"items\": [\"1\", \"999\"], \"add\": [\"x\"]}", HttpStatusCode.NotFound)]
    public async Task BadRequests_AreProblems_AndChangeNothing(string url, string body, HttpStatusCode status)
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-Token", csrf);
        var response = await client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?tag=x"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Classify_DryRun_ReportsEveryItem_AndTrainSaysWhyNot()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var report = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/classify", csrf, new { items = new[] { "1", "2" }, dryRun = true })));
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, report.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(WriteApiTests.Post("/api/classify", csrf, new { items = new[] { "999" } }))).StatusCode);

        // Two labelled items are not enough to learn from: a problem with the reason, or a trained model.
        var train = await client.SendAsync(WriteApiTests.Post("/api/classify/train", csrf, new { }));
        Assert.True(train.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        if (train.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", train.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Merge_WithoutCsrf_IsRefused()
    {
        using var client = _served.Client();
        var response = await client.PostAsJsonAsync("/api/tags/merge", new { from = "ai", into = "tokens" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
