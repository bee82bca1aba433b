using System.Text;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

[Collection(FixtureServerCollection.Name)]
public sealed class GuardedHttpClientTests(FixtureServer server)
{
    private GuardedHttpClient Client(Func<FetchPolicy, FetchPolicy>? change = null) =>
        new(change is null ? server.Policy : change(server.Policy));

    [Fact]
    public async Task Fetch_AllowedArticle_ReturnsBodyHeadersAndExchange()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("article"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("utf-8", result.Charset);
        Assert.Contains("Roots of Knowledge", Encoding.UTF8.GetString(result.Body.Span));
        var exchange = Assert.Single(result.Exchanges);
        Assert.Contains(exchange.RequestHeaders, h => h.Key == "User-Agent" && h.Value.StartsWith("Roots/", StringComparison.Ordinal));
        Assert.Equal(1, result.Attempts);
        Assert.True(result.Timings.Total >= result.Timings.LastAttempt);
    }

    [Fact]
    public async Task Fetch_SendsUserAgentNamingRoots()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("echo-headers"));
        Assert.Contains("User-Agent: " + FetchPolicy.DefaultUserAgent, Encoding.UTF8.GetString(result.Body.Span));
    }

    [Fact]
    public async Task Fetch_RedirectChain_FollowsAndRecordsEveryHop()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("redirect/3"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(server.Url("article"), result.FinalUrl);
        Assert.Equal(4, result.Redirects.Count);
        Assert.Equal([301, 302, 301, 302], result.Redirects.Select(r => r.StatusCode));
        Assert.Equal(5, result.Exchanges.Count);
    }

    [Fact]
    public async Task Fetch_MoreThanTenRedirects_FailsWithoutLooping()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("redirect/11"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("more than 10 redirects", result.Reason);
        Assert.Equal(10, result.Redirects.Count);
    }

    [Fact]
    public async Task Fetch_TenRedirects_IsStillFollowed()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("redirect/9"));
        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(10, result.Redirects.Count);
    }

    [Theory]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is the cloud metadata address")]
    [InlineData("http://127.0.0.2/", "127.0.0.2 is a loopback address")]
    [InlineData("file:///etc/passwd", "only http and https")]
    public async Task Fetch_AllowedServerRedirectsToPrivateTarget_IsRefused(string target, string reason)
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("to?url=" + Uri.EscapeDataString(target)));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Reason);
        Assert.Single(result.Redirects);
        Assert.False(result.IsTransient);
    }

    [Fact]
    public async Task Fetch_RedirectToSameServerOnOtherPort_IsRefusedBecauseAllowIsPerPort()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("to?url=" + Uri.EscapeDataString($"http://127.0.0.1:{server.Port + 1}/")));
        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("loopback", result.Reason);
    }

    [Fact]
    public async Task Fetch_SlowTrickle_TimesOut()
    {
        using var client = Client(p => p with { ResponseTimeout = TimeSpan.FromMilliseconds(400), MaxRetries = 0 });
        var result = await client.FetchAsync(server.Url("trickle"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("timed out after 0.4 s", result.Reason);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task Fetch_EndlessBody_StopsAtSizeCap()
    {
        using var client = Client(p => p with { MaxBodyBytes = 1024 * 1024 });
        var result = await client.FetchAsync(server.Url("endless"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("larger than the 1 MB cap", result.Reason);
        Assert.False(result.IsTransient);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task Fetch_GzipBomb_StopsAtDecompressionCap()
    {
        using var client = Client(p => p with { MaxDecompressedBytes = 1024 * 1024 });
        var result = await client.FetchAsync(server.Url("bomb"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("decompression cap", result.Reason);
    }

    [Fact]
    public async Task Fetch_Gzip_IsDecodedAndRawBodyKept()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("gzip"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Contains("Roots of Knowledge", Encoding.UTF8.GetString(result.Body.Span));
        var exchange = Assert.Single(result.Exchanges);
        Assert.Equal(0x1f, exchange.RawBody.Span[0]);
        Assert.Equal("gzip", result.Header("Content-Encoding"));
    }

    [Fact]
    public async Task Fetch_TruncatedGzip_NeverThrows()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("truncated-gzip"));
        Assert.True(result.Outcome is FetchOutcome.Failed or FetchOutcome.Fetched, result.Reason);
        if (result.Outcome == FetchOutcome.Failed)
        {
            Assert.Contains("gzip", result.Reason);
        }
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(500)]
    public async Task Fetch_TransientStatusThenOk_IsRetried(int code)
    {
        using var client = Client();
        var path = $"fail-then-ok?key={Guid.NewGuid():N}&fails=2&code={code}";
        var result = await client.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.Hits("/" + path));
    }

    [Fact]
    public async Task Fetch_RetryAfterLongerThanCap_WaitsOnlyTheCap()
    {
        using var client = Client(p => p with { MaxRetries = 1, MaxRetryDelay = TimeSpan.FromMilliseconds(100) });
        // The server asks for 30 s; with the cap at 100 ms the fetch ends long before that, however busy the machine.
        var result = await client.FetchAsync(server.Url($"fail-then-ok?key={Guid.NewGuid():N}&fails=1&code=429&retryAfter=30"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.True(result.Timings.Total < TimeSpan.FromSeconds(10), $"waited {result.Timings.Total}: Retry-After: 30 must be capped");
    }

    [Fact]
    public async Task Fetch_AlwaysUnavailable_GivesUpAfterBoundedRetries()
    {
        using var client = Client();
        var path = $"fail-then-ok?key={Guid.NewGuid():N}&fails=99&code=503";
        var result = await client.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.True(result.IsTransient);
        Assert.Equal(3, server.Hits("/" + path));
        Assert.StartsWith("HTTP 503", result.Reason);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    public async Task Fetch_PermanentStatus_IsNotRetried(int code)
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url($"status/{code}"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.IsTransient);
        Assert.Equal($"HTTP {code} {(code == 404 ? "Not Found" : "Gone")} from {server.Url($"status/{code}")}", result.Reason);
    }

    [Fact]
    public async Task Fetch_WithMatchingETag_IsNotModified()
    {
        using var client = Client();
        var first = await client.FetchAsync(server.Url("etag"));
        Assert.Equal("\"v1\"", first.ETag);
        Assert.NotNull(first.LastModified);

        var byEtag = await client.FetchAsync(new FetchRequest(server.Url("etag"), ETag: first.ETag));
        var byDate = await client.FetchAsync(new FetchRequest(server.Url("etag"), LastModified: first.LastModified));

        Assert.Equal(FetchOutcome.NotModified, byEtag.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.True(byEtag.Body.IsEmpty);
    }

    [Fact]
    public async Task Fetch_HugeHeaders_FailsWithReason()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("huge-headers"));
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("headers", result.Reason);
    }

    [Fact]
    public async Task Fetch_EmptyBody_IsFetchedEmpty()
    {
        using var client = Client();
        var result = await client.FetchAsync(server.Url("empty"));
        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task Fetch_ManyParallelToOneHost_AtMostTwoInFlight()
    {
        using var client = Client();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.FetchAsync(server.Url($"concurrent/{i}"))));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Fetched, r.Outcome));
        Assert.InRange(server.MaxInFlight, 1, 2);
    }

    [Fact]
    public async Task Fetch_NothingListening_FailsAsConnectionError()
    {
        using var client = new GuardedHttpClient(server.Policy with
        {
            Allow = FetchAllowList.Parse("127.0.0.1").Value,
            MaxRetries = 0,
        });
        var result = await client.FetchAsync(new Uri("http://127.0.0.1:9/"));
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("connection to 127.0.0.1:9 failed", result.Reason);
    }

    [Fact]
    public void Policy_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GuardedHttpClient(FetchPolicy.Default with { MaxRedirects = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GuardedHttpClient(FetchPolicy.Default with { MaxBodyBytes = 0 }));
    }
}
