using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class WebUrlTests
{
    [Theory]
    [InlineData("https://times.net.au", "https://times.net.au")]
    [InlineData("https://times.net.au/", "https://times.net.au")]
    [InlineData("HTTPS://Times.Net.AU", "https://times.net.au")]
    [InlineData("https://example.org:443/a?b=C#frag", "https://example.org/a?b=C")]
    [InlineData("http://example.org:80/Path/To?Q=1", "http://example.org/Path/To?Q=1")]
    [InlineData("http://example.org:8080/x", "http://example.org:8080/x")]
    [InlineData("https://example.org:80/x", "https://example.org:80/x")] // 80 is not https's default
    [InlineData("https://example.org?q=1", "https://example.org/?q=1")]
    [InlineData("https://example.org/a%2Fb/../c", "https://example.org/a%2Fb/../c")] // path kept as written
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000")]
    [InlineData("http://[::1]:8080/x", "http://[::1]:8080/x")]
    [InlineData("url:https://example.org/x", "https://example.org/x")]
    [InlineData("  https://example.org/x  ", "https://example.org/x")]
    public void Normalize_AbsoluteWebUrls_FoldSchemeHostPortAndFragmentOnly(string written, string expected)
    {
        Assert.Equal(expected, WebUrl.Normalize(written).Value);
    }

    [Theory]
    [InlineData("ftp://example.org/file", "http:// or https://")]
    [InlineData("example.org", "http:// or https://")]
    [InlineData("javascript:alert(1)", "http:// or https://")]
    [InlineData("https://", "no valid host")]
    [InlineData("https:///path", "no valid host")]
    [InlineData("https://exa mple.org", "a space")]
    [InlineData("http:\\\\example.org", "http:// or https://")]
    [InlineData("https://example.org\\evil", "backslash")]
    [InlineData("https://user:secret@example.org/", "user name or password")]
    [InlineData("https://example.org:99999/", "port")]
    [InlineData("https://example.org:8o/", "port")]
    [InlineData("https://exa<mple.org/", "not a valid name")]
    [InlineData("", "no URL given")]
    public void Normalize_Invalid_FailsWithReason(string written, string reason)
    {
        var result = WebUrl.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LongerThanTwoThousandCharacters_Fails()
    {
        // given a URL of 2,001 characters, and one of exactly 2,000
        string tooLong = "https://example.org/" + new string('a', 2001 - 20);
        string longest = "https://example.org/" + new string('a', 2000 - 20);

        // then only the second is accepted
        Assert.False(WebUrl.IsValid(tooLong));
        Assert.Equal(longest, WebUrl.Normalize(longest).Value);
    }
}
