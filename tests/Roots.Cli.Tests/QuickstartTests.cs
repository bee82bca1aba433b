namespace Roots.Cli.Tests;

public sealed class QuickstartTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Quickstart_BuildsEmbedsSearchesAndVerifiesTheDemoLibrary()
    {
        string directory = Path.Combine(_lib.Root, "demo");

        var outcome = await RootsProcess.RunAsync(["quickstart", directory]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("28 added", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Embedded 28 items", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("中文分词的几个难点", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("5. Related", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("all intact", outcome.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "roots.db")));
        Assert.Contains("7. Published", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("checked", outcome.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(directory, "site", "sitemap.xml")));
    }
}
