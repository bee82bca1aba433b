using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// The streams one run of a command reads and writes: the process's own, or a test's (a command run in
/// process on the path Program.cs runs, <see cref="RootsProgram"/>, with string writers).
/// </summary>
/// <param name="Out">The console for results.</param>
/// <param name="Err">The console for messages and progress.</param>
/// <param name="StdOut">Plain text and JSON results, unrendered.</param>
/// <param name="StdErr">One-line errors, warnings and notes.</param>
/// <param name="StdIn">What the command reads (a piped note, text to count).</param>
/// <param name="InputRedirected">False only when a person at a terminal can be asked.</param>
/// <param name="OutputRedirected">True when results go to a file or a pipe (no wrapping, no colour).</param>
/// <param name="ErrorRedirected">True when messages go to a file or a pipe (no progress bars).</param>
public sealed record TerminalSession(
    IAnsiConsole Out,
    IAnsiConsole Err,
    TextWriter StdOut,
    TextWriter StdErr,
    TextReader StdIn,
    bool InputRedirected,
    bool OutputRedirected,
    bool ErrorRedirected);
