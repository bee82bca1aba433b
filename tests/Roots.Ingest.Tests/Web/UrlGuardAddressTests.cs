using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

/// <summary>The address check made when a URL is kept to fetch later (a feed subscription): no network, same policy as the fetcher.</summary>
public sealed class UrlGuardAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1/feed", "loopback")]
    [InlineData("http://127.1/feed", "loopback")]
    [InlineData("http://2130706433/feed", "loopback")]
    [InlineData("http://0x7f.1/feed", "loopback")]
    [InlineData("http://[::1]/feed", "loopback")]
    [InlineData("http://[::ffff:169.254.169.254]/", "metadata")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://10.0.0.1/rss", "private")]
    [InlineData("http://localhost:8080/rss", "loopback")]
    [InlineData("http://feeds.localhost/rss", "loopback")]
    public void CheckAddress_PrivateHost_IsRefusedWithTheFetchersReason(string url, string what)
    {
        string? refusal = UrlGuard.CheckAddress(new Uri(url), FetchAllowList.Empty);

        Assert.NotNull(refusal);
        Assert.Contains(what, refusal, StringComparison.Ordinal);
        Assert.True(PolicyRefusal.Is(refusal), refusal);
    }

    [Theory]
    [InlineData("https://example.org/feed.xml")]
    [InlineData("http://93.184.215.14/rss")]
    [InlineData("https://intranet.example/rss")]
    public void CheckAddress_PublicOrUnresolvedName_IsKept(string url) =>
        Assert.Null(UrlGuard.CheckAddress(new Uri(url), FetchAllowList.Empty));

    [Fact]
    public void CheckAddress_AllowedByFetchAllow_IsKept_OnlyOnTheAllowedPort()
    {
        var allow = FetchAllowList.Parse("127.0.0.1:8080,localhost").Value;

        Assert.Null(UrlGuard.CheckAddress(new Uri("http://127.0.0.1:8080/feed"), allow));
        Assert.Null(UrlGuard.CheckAddress(new Uri("http://localhost/feed"), allow));
        Assert.NotNull(UrlGuard.CheckAddress(new Uri("http://127.0.0.1:9090/feed"), allow));
    }

    [Fact]
    public void CheckAddress_OtherScheme_IsRefusedButNotAsAPolicyRefusal()
    {
        string? refusal = UrlGuard.CheckAddress(new Uri("file:///etc/passwd"), FetchAllowList.Empty);

        Assert.NotNull(refusal);
        Assert.False(PolicyRefusal.Is(refusal));
    }
}
