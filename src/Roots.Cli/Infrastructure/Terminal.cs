using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Where output goes: results to stdout, messages and progress to stderr, so that
/// <c>roots search --json | jq</c> and <c>roots list &gt; file</c> stay clean.
/// </summary>
public static class Terminal
{
    /// <summary>The process's own streams, made on first use.</summary>
    private static readonly Lazy<TerminalSession> s_process = new(() => new TerminalSession(
        Unwrapped(AnsiConsole.Console, Console.IsOutputRedirected),
        Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected),
        Console.Out,
        Console.Error,
        Console.In,
        Console.IsInputRedirected,
        Console.IsOutputRedirected,
        Console.IsErrorRedirected));

    /// <summary>A test's streams for the command running on this async flow, when a test installed them (<see cref="Use"/>).</summary>
    private static readonly AsyncLocal<TerminalSession?> s_session = new();

    /// <summary>The streams of the command running now: a test's, else the process's.</summary>
    public static TerminalSession Session => s_session.Value ?? s_process.Value;

    /// <summary>
    /// Runs what follows on this async flow with <paramref name="session"/>'s streams (a test running a command
    /// in process); disposing the result gives the previous ones back.
    /// </summary>
    public static IDisposable Use(TerminalSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var previous = s_session.Value;
        session.Out.Pipeline.Attach(new ControlCharacterHook());
        session.Err.Pipeline.Attach(new ControlCharacterHook());
        s_session.Value = session;
        return new Restore(previous);
    }

    /// <summary>The console for results.</summary>
    public static IAnsiConsole Out => Session.Out;

    /// <summary>The console for messages and progress.</summary>
    public static IAnsiConsole Err => Session.Err;

    /// <summary>Plain results (text, JSON) on stdout, unrendered.</summary>
    public static TextWriter StdOut => Session.StdOut;

    /// <summary>What the command reads on stdin.</summary>
    public static TextReader StdIn => Session.StdIn;

    /// <summary>True when no person at a terminal can be asked (stdin is a file or a pipe).</summary>
    public static bool InputRedirected => Session.InputRedirected;

    /// <summary>True when progress bars make sense (stderr is a terminal).</summary>
    public static bool Interactive => !Session.ErrorRedirected && Err.Profile.Capabilities.Interactive;

    /// <summary>Writes a one-line error; control characters in it are escaped (<see cref="Printable.Line"/>).</summary>
    public static void Error(string message) => Session.StdErr.WriteLine($"roots: error: {Printable.Line(message)}");

    /// <summary>Writes a one-line warning; control characters in it are escaped (<see cref="Printable.Line"/>).</summary>
    public static void Warn(string message) => Session.StdErr.WriteLine($"roots: warning: {Printable.Line(message)}");

    /// <summary>Writes a one-line note (<c>roots: …</c>) to stderr; control characters in it are escaped.</summary>
    public static void Note(string message) => Session.StdErr.WriteLine($"roots: {Printable.Line(message)}");

    /// <summary>Writes <paramref name="text"/> to stderr as it is (a prompt, without a line end).</summary>
    public static void Prompt(string text) => Session.StdErr.Write(text);

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
    public static void Line(string text = "") => Session.StdOut.WriteLine(Printable.Block(text));

    /// <summary>
    /// A writer of results straight onto stdout, UTF-8 without a byte-order mark and with <c>\n</c> line ends
    /// whatever the platform (exports, graphs); dispose it when done. In a test's session it writes into the
    /// test's stdout.
    /// </summary>
    public static TextWriter OpenResults() =>
        s_session.Value is { } test
            ? new KeptOpen(test.StdOut)
            : new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    /// <summary>Writes through to a session's stdout and leaves it open when disposed: the session owns it.</summary>
    private sealed class KeptOpen(TextWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Flush() => inner.Flush();
    }

    private sealed class Restore(TerminalSession? previous) : IDisposable
    {
        public void Dispose() => s_session.Value = previous;
    }
}
