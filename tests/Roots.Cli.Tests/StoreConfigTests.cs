namespace Roots.Cli.Tests;

/// <summary>The <c>store:</c> line of roots.yaml: bad values and an unreachable server are one line each, never a trace.</summary>
public sealed class StoreConfigTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private async Task<RootsProcess.Outcome> ListWithStoreAsync(string store)
    {
        Directory.CreateDirectory(_lib.Library);
        File.WriteAllText(Path.Combine(_lib.Library, "roots.yaml"), $"store: {store}\n");
        return await _lib.Roots("list");
    }

    [Fact]
    public async Task APasswordInTheStoreUrl_IsRefused_AndNotEchoed()
    {
        var outcome = await ListWithStoreAsync("postgres://roots:hunter2@127.0.0.1:1/nothing");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("the store URL holds a password: remove it and set PGPASSWORD", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql://roots@db/roots", "store must be sqlite or postgres://")]
    [InlineData("postgres://roots@db", "the host and the database are both needed")]
    [InlineData("postgres://roots@db/roots?sslcert=x", "parameter 'sslcert' is not one Roots passes on")]
    public async Task ABadStore_IsOneLine(string store, string expected)
    {
        var outcome = await ListWithStoreAsync(store);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(expected, outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task AnUnreachableServer_IsOneLineNamingIt()
    {
        var outcome = await ListWithStoreAsync("postgres://roots@127.0.0.1:1/nothing");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cannot open the library at postgres://roots@127.0.0.1:1/nothing", outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
