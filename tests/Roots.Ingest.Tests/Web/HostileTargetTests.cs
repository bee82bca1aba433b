using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

/// <summary>
/// By default (no allow list) the fetcher refuses every address of the user's own machine and
/// network, however it is spelled, before any connection: the targets that carry the fixture
/// server's port would reach it, and its request count proves they did not.
/// </summary>
[Collection(FixtureServerCollection.Name)]
public sealed class HostileTargetTests(FixtureServer server)
{
    /// <summary>{0} is replaced by the fixture server's port.</summary>
    public static TheoryData<string, string> Targets => new()
    {
        { "http://127.0.0.1:{0}/", "127.0.0.1 is a loopback address; allow it with fetch.allow" },
        { "https://127.0.0.1:{0}/", "loopback" },
        { "http://127.1:{0}/", "loopback" },
        { "http://2130706433:{0}/", "loopback" },
        { "http://0x7f.1:{0}/", "loopback" },
        { "http://0x7f000001:{0}/", "loopback" },
        { "http://0177.0.0.1:{0}/", "loopback" },
        { "http://127.000.000.001:{0}/", "loopback" },
        { "http://[::1]:{0}/", "::1 is a loopback address" },
        { "http://[::ffff:127.0.0.1]:{0}/", "IPv4-mapped form of 127.0.0.1, a loopback address" },
        { "http://[::ffff:7f00:1]:{0}/", "IPv4-mapped form of 127.0.0.1" },
        { "http://[::127.0.0.1]:{0}/", "IPv4-compatible" },
        { "http://[64:ff9b::7f00:1]:{0}/", "NAT64 form of 127.0.0.1" },
        { "http://[2002:7f00:1::]:{0}/", "6to4 form of 127.0.0.1" },
        { "http://0.0.0.0:{0}/", "0.0.0.0 is the unspecified address" },
        { "http://0:{0}/", "unspecified" },
        { "http://[::]:{0}/", ":: is the unspecified address" },
        { "http://localhost:{0}/", "localhost resolves to 127.0.0.1, a loopback address" },
        { "http://LocalHost:{0}/", "resolves to 127.0.0.1, a loopback address" },
        { "http://vm:{0}/", "vm resolves to 127.0.0.1" },
        { "http://10.0.0.1/", "10.0.0.1 is a private address" },
        { "http://10.255.255.254:8080/", "private" },
        { "http://172.16.0.1/", "172.16.0.1 is a private address" },
        { "http://172.31.255.255/", "private" },
        { "http://192.168.1.1/", "192.168.1.1 is a private address" },
        { "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is the cloud metadata address (link-local)" },
        { "http://169.254.1.1/", "link-local" },
        { "http://100.64.0.1/", "100.64.0.1 is a carrier-grade NAT (shared) address" },
        { "http://[fd00::1]/", "unique-local" },
        { "http://[fc00::1]/", "unique-local" },
        { "http://[fe80::1]/", "link-local" },
        { "http://[ff02::1]/", "multicast" },
        { "http://224.0.0.1/", "224.0.0.1 is a multicast address" },
        { "http://255.255.255.255/", "broadcast" },
        { "http://[::ffff:10.0.0.1]/", "IPv4-mapped form of 10.0.0.1, a private address" },
        { "http://[::ffff:169.254.169.254]/", "cloud metadata" },
        { "http://[64:ff9b::a9fe:a9fe]/", "NAT64 form of 169.254.169.254" },
        { "file:///etc/passwd", "only http and https URLs are fetched, not file:" },
        { "gopher://127.0.0.1:{0}/_GET", "not gopher:" },
        { "ftp://ftp.example.org/file", "not ftp:" },
        { "data:text/html,<p>hi</p>", "not data:" },
        { "javascript:alert(1)", "not javascript:" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Fetch_HostileTargetByDefault_IsRefusedWithoutConnecting(string target, string reason)
    {
        using var client = new GuardedHttpClient(FetchPolicy.Default with
        {
            MaxRetries = 0,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ResponseTimeout = TimeSpan.FromSeconds(3),
        });
        var url = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, target, server.Port));
        var before = server.TotalHits;

        var result = await client.FetchAsync(url);

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.StartsWith("refused ", result.Reason);
        Assert.Contains(reason, result.Reason);
        Assert.False(result.IsTransient);
        Assert.Empty(result.Exchanges);
        Assert.Equal(before, server.TotalHits);
    }

    [Fact]
    public void Targets_AreAtLeastThirty() => Assert.True(Targets.Count >= 30);

    [Fact]
    public async Task Fetch_AllowedServerRedirectingToHostileName_IsRefusedAtTheHop()
    {
        using var client = new GuardedHttpClient(server.Policy);
        // localhost is 127.0.0.1 like the server, but on another port, which the allow list does not name.
        var target = server.Url("to?url=" + Uri.EscapeDataString($"http://localhost:{server.Port + 1}/article"));

        var before = server.Hits("/article");

        var result = await client.FetchAsync(target);

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("localhost resolves to 127.0.0.1", result.Reason);
        Assert.Equal(before, server.Hits("/article"));
    }
}
