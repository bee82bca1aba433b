namespace Roots.Cli.Tests;

public sealed class UsageTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("search", "x", "--since", "yesterday-ish")]
    [InlineData("search", "--batch", "q.jsonl", "--format", "csv")]
    [InlineData("add")]
    public async Task BadCommandLine_ExitsTwoWithOneLine(params string[] args)
    {
        await _lib.Roots("init");

        var outcome = await _lib.Roots(args);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roots: error:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoLibrary_SaysHowToCreateOne()
    {
        var outcome = await _lib.Roots("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("roots init --library", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibraryFromEnvironment_IsUsedWithoutFlag()
    {
        var init = await RootsProcess.RunAsync(["init"], libraryEnvironment: _lib.Library);
        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(_lib.Library, "roots.yaml")));
        // On PostgreSQL (StoreUnderTest) the data lives in the server, and the folder holds no database file.
        Assert.Equal(!StoreUnderTest.IsPostgres, File.Exists(Path.Combine(_lib.Library, "roots.db")));
    }

    [Fact]
    public async Task ShowUnknownItem_ExitsOne()
    {
        await _lib.Roots("init");

        var outcome = await _lib.Roots("show", "42");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no item '42'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenConfig_IsReportedWithItsLine()
    {
        await _lib.Roots("init");
        File.WriteAllText(Path.Combine(_lib.Library, "roots.yaml"), "ingest:\n  max_file_mb: [oops\n");

        var outcome = await _lib.Roots("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("roots.yaml: line", outcome.Stderr, StringComparison.Ordinal);
    }
}
