namespace Roots.App.Configuration;

/// <summary>Decides which library a command works on.</summary>
public static class LibraryLocation
{
    /// <summary>The environment variable naming the default library.</summary>
    public const string EnvironmentVariable = "ROOTS_LIBRARY";

    /// <summary>
    /// The library directory: <paramref name="explicitDirectory"/> (<c>--library</c>) when given, else
    /// <c>$ROOTS_LIBRARY</c>, else <c>$XDG_DATA_HOME/roots</c> (by default <c>~/.local/share/roots</c>).
    /// </summary>
    public static string Resolve(string? explicitDirectory, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Path.GetFullPath(explicitDirectory);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.GetFullPath(Path.Combine(dataHome, "roots"));
    }
}
