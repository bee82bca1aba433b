using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

/// <summary>
/// A proxy in the environment must change nothing: the guard checks the address it connects
/// to, and a proxy would make that address the proxy's. Environment variables are process-wide,
/// hence the non-parallel collection and a server of its own.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ProxyEnvironmentTests
{
    [Fact]
    public async Task Fetch_WithUnreachableProxyInEnvironment_ConnectsDirectly()
    {
        await using var server = new FixtureServer();
        string[] names = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"];
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, "http://192.0.2.1:3128");
            }

            using var client = new GuardedHttpClient(server.Policy with { MaxRetries = 0 });
            var result = await client.FetchAsync(server.Url("article"));

            Assert.Equal(FetchOutcome.Fetched, result.Outcome);
            Assert.Equal(1, server.Hits("/article"));
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    [Fact]
    public void AllowList_FromEnvironment_ParsesRootsFetchAllow()
    {
        var saved = Environment.GetEnvironmentVariable(FetchAllowList.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(FetchAllowList.EnvironmentVariable, "127.0.0.1,10.0.0.0/8");
            var list = FetchAllowList.FromEnvironment();
            Assert.True(list.IsSuccess);
            Assert.Equal(["127.0.0.1", "10.0.0.0/8"], list.Value.Entries);
        }
        finally
        {
            Environment.SetEnvironmentVariable(FetchAllowList.EnvironmentVariable, saved);
        }
    }
}
