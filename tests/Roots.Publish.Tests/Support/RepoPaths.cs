namespace Roots.Publish.Tests.Support;

/// <summary>Finds the repository (the folder holding Roots.sln) by walking up from the test's base directory.</summary>
public static class RepoPaths
{
    public static string? Root { get; } = FindRoot();

    public static string Golden => Path.Combine(Root ?? throw new InvalidOperationException("Roots.sln not found above " + AppContext.BaseDirectory), "tests", "Roots.Publish.Tests", "Golden");

    /// <summary>../shared/schemas/datacite-4.7 next to the repository; <c>null</c> when absent.</summary>
    public static string? DataCiteSchemas => TestKit.DataCiteSchema.FolderOrNull;

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
