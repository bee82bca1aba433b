using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Where output goes: results to stdout, messages and progress to stderr, so that
/// <c>roots search --json | jq</c> and <c>roots list &gt; file</c> stay clean.
/// </summary>
public static class Terminal
{
    /// <summary>The console for results.</summary>
    public static IAnsiConsole Out { get; } = Unwrapped(AnsiConsole.Console, Console.IsOutputRedirected);

    /// <summary>The console for messages and progress.</summary>
    public static IAnsiConsole Err { get; } =
        Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected);

    /// <summary>True when progress bars make sense (stderr is a terminal).</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Err.Profile.Capabilities.Interactive;

    /// <summary>Writes a one-line error.</summary>
    public static void Error(string message) => Console.Error.WriteLine($"roots: error: {message}");

    /// <summary>Writes a one-line warning.</summary>
    public static void Warn(string message) => Console.Error.WriteLine($"roots: warning: {message}");

    /// <summary>Output into a file or a pipe is not wrapped at 80 columns: lines stay whole for grep and scripts.</summary>
    private static IAnsiConsole Unwrapped(IAnsiConsole console, bool redirected)
    {
        if (redirected)
        {
            console.Profile.Width = 10_000;
        }

        return console;
    }

    /// <summary>Writes a line of plain text to stdout, without markup processing.</summary>
    public static void Line(string text = "") => Console.Out.WriteLine(text);
}
