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

    /// <summary>Writes a one-line error; control characters in it are escaped (<see cref="Printable.Line"/>).</summary>
    public static void Error(string message) => Console.Error.WriteLine($"roots: error: {Printable.Line(message)}");

    /// <summary>Writes a one-line warning; control characters in it are escaped (<see cref="Printable.Line"/>).</summary>
    public static void Warn(string message) => Console.Error.WriteLine($"roots: warning: {Printable.Line(message)}");

    /// <summary>Writes a one-line note (<c>roots: …</c>) to stderr; control characters in it are escaped.</summary>
    public static void Note(string message) => Console.Error.WriteLine($"roots: {Printable.Line(message)}");

    /// <summary>
    /// Output into a file or a pipe is not wrapped at 80 columns: lines stay whole for grep and scripts.
    /// Control characters in what is rendered are escaped (<see cref="ControlCharacterHook"/>).
    /// </summary>
    private static IAnsiConsole Unwrapped(IAnsiConsole console, bool redirected)
    {
        console.Pipeline.Attach(new ControlCharacterHook());
        if (redirected)
        {
            console.Profile.Width = 10_000;
        }

        return console;
    }

    /// <summary>
    /// Writes plain text to stdout, without markup processing; it may hold several lines, but other
    /// control characters are escaped (<see cref="Printable.Block"/>).
    /// </summary>
    public static void Line(string text = "") => Console.Out.WriteLine(Printable.Block(text));
}
