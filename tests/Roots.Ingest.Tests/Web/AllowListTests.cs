using System.Net;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

public sealed class AllowListTests
{
    [Theory]
    [InlineData("127.0.0.1", "x", 80, "127.0.0.1", true)]
    [InlineData("10.0.0.0/8", "x", 80, "10.200.3.4", true)]
    [InlineData("10.0.0.0/8", "x", 80, "11.0.0.1", false)]
    [InlineData("10.0.0.0/8", "x", 80, "::ffff:10.1.1.1", true)]
    [InlineData("127.0.0.1:8080", "127.0.0.1", 8080, "127.0.0.1", true)]
    [InlineData("127.0.0.1:8080", "127.0.0.1", 8081, "127.0.0.1", false)]
    [InlineData("[::1]:8080", "::1", 8080, "::1", true)]
    [InlineData("::1", "::1", 1, "::1", true)]
    [InlineData("fd00::/8", "x", 1, "fd12::1", true)]
    [InlineData("wiki.lan", "WIKI.lan", 80, "192.168.1.5", true)]
    [InlineData("wiki.lan:8443", "wiki.lan", 80, "192.168.1.5", false)]
    [InlineData("wiki.lan", "other.lan", 80, "192.168.1.5", false)]
    public void Permits_Entry_MatchesHostPortOrRange(string entry, string host, int port, string address, bool expected)
    {
        var list = FetchAllowList.Parse(entry).Value;
        Assert.Equal(expected, list.Permits(host, port, IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("2130706433")]
    [InlineData("host:0")]
    [InlineData("host:99999")]
    [InlineData("bad_host!")]
    public void Parse_InvalidEntry_FailsWithReason(string entry)
    {
        var result = FetchAllowList.Parse(entry);
        Assert.False(result.IsSuccess);
        Assert.StartsWith($"invalid fetch.allow entry '{entry}'", result.Error);
    }

    [Fact]
    public void Parse_ListWithSeparators_KeepsEveryEntry()
    {
        var list = FetchAllowList.Parse(" 127.0.0.1, 10.0.0.0/8;wiki.lan  [::1]:80 ").Value;
        Assert.Equal(["127.0.0.1", "10.0.0.0/8", "wiki.lan", "[::1]:80"], list.Entries);
    }

    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("2606:4700::1111", null)]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("172.15.255.255", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("100.63.255.255", null)]
    [InlineData("100.128.0.1", null)]
    [InlineData("::ffff:8.8.8.8", null)]
    [InlineData("64:ff9b::808:808", null)]
    [InlineData("2001:db8::1", "a documentation address")]
    public void Classify_Address_GivesReasonOrNull(string address, string? expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));
}
