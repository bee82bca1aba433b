using System.Net;
using System.Text.Json;

namespace Roots.Web.Tests.Api;

/// <summary>Jobs: a URL whose server fails leaves a job with its reason; it can be cancelled and retried, through the API.</summary>
public sealed class JobsApiTests : IAsyncLifetime
{
    private FixtureSite _site = null!;
    private ServedLibrary _served = null!;

    public async Task InitializeAsync()
    {
        _site = await FixtureSite.StartAsync();
        _served = await ServedLibrary.StartAsync(yaml: FixtureSite.FetchAllowYaml);
    }

    public async Task DisposeAsync()
    {
        await _served.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task FailedFetch_KeepsTheReason_ThenCancelAndRetry()
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        string broken = _site.Url("/broken");

        // given a URL whose server answers 500, collected next to one that works
        var added = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/urls", csrf, new { urls = new[] { _site.Url("/garden"), broken } })));
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        Assert.Contains("500", added.GetProperty("failures")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);

        // then its job is failed or dead, with the reason
        var jobs = await ServedLibrary.JsonAsync(await client.GetAsync("/api/jobs?state=failed,dead"));
        var job = jobs.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("key").GetString() == broken);
        long id = job.GetProperty("id").GetInt64();
        Assert.Contains("500", job.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(job.GetProperty("state").GetString(), (await ServedLibrary.JsonAsync(await client.GetAsync($"/api/jobs/{id}"))).GetProperty("state").GetString());

        var first = await ServedLibrary.JsonAsync(await client.GetAsync("/api/jobs?limit=1"));
        Assert.Equal((1, 1), (first.GetProperty("jobs").GetArrayLength(), first.GetProperty("nextOffset").GetInt32()));
        Assert.Equal(2, first.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));

        // when it is retried, it is queued with its attempts reset; a second retry is a conflict
        var retried = await ServedLibrary.JsonAsync(await client.SendAsync(Post($"/api/jobs/{id}/retry", csrf)));
        Assert.Equal(("queued", 0), (retried.GetProperty("state").GetString(), retried.GetProperty("attempts").GetInt32()));
        var again = await client.SendAsync(Post($"/api/jobs/{id}/retry", csrf));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("only failed or dead", (await ServedLibrary.JsonAsync(again)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // and cancelled, it is dead with the reason, and no longer retried by a run
        var cancelled = await ServedLibrary.JsonAsync(await client.SendAsync(Post($"/api/jobs/{id}/cancel", csrf)));
        Assert.Equal(("dead", "cancelled by the user"), (cancelled.GetProperty("state").GetString(), cancelled.GetProperty("lastError").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(Post($"/api/jobs/{id}/cancel", csrf))).StatusCode);
    }

    [Fact]
    public async Task RetriedJob_IsWorkedOffByTheServer()
    {
        // given a server whose worker looks at the queue every 100 ms, and a URL whose server was down (503)
        await using var served = await ServedLibrary.StartAsync(yaml: FixtureSite.FetchAllowYaml, workInterval: TimeSpan.FromMilliseconds(100));
        using var client = served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        string flaky = _site.Url("/flaky");
        var added = await ServedLibrary.JsonAsync(await client.SendAsync(WriteApiTests.Post("/api/urls", csrf, new { urls = new[] { flaky } })));
        Assert.Equal(0, added.GetProperty("added").GetInt32());
        var job = (await ServedLibrary.JsonAsync(await client.GetAsync("/api/jobs?state=failed,dead"))).GetProperty("jobs")[0];

        // when the site recovers and the job is retried
        _site.Recover();
        long id = job.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post($"/api/jobs/{id}/retry", csrf))).StatusCode);

        // then the server's worker collects it (the site answers this time): checked after each round of the worker, not on a timer
        string state = "queued";
        for (int round = 0; round < 300 && state is "queued" or "running"; round++)
        {
            await served.Server.Rounds.NextCompleted("jobs").WaitAsync(TimeSpan.FromSeconds(30));
            state = (await ServedLibrary.JsonAsync(await client.GetAsync($"/api/jobs/{id}"))).GetProperty("state").GetString()!;
        }

        Assert.Equal("done", state);
        var found = await ServedLibrary.JsonAsync(await client.GetAsync("/api/items?kind=html"));
        Assert.Equal("Back again", found.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/jobs/999/retry")]
    [InlineData("/api/jobs/999/cancel")]
    [InlineData("/api/jobs/abc/retry")]
    public async Task UnknownJob_Is404Problem(string url)
    {
        using var client = _served.Client();
        string csrf = await ServedLibrary.CsrfAsync(client);
        var response = await client.SendAsync(Post(url, csrf));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/jobs/999")).StatusCode);
    }

    [Fact]
    public async Task Retry_WithoutCsrf_IsRefused()
    {
        using var client = _served.Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/jobs/1/retry", null)).StatusCode);
    }

    private static HttpRequestMessage Post(string url, string csrf)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add("X-CSRF-Token", csrf);
        return request;
    }
}
