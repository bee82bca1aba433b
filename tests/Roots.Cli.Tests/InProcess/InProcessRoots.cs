using Roots.App;
using Roots.Cli.Infrastructure;
using Spectre.Console;

namespace Roots.Cli.Tests.InProcess;

/// <summary>
/// Runs <c>roots</c> commands inside the test process on the very path <c>Program.cs</c> runs
/// (<see cref="RootsProgram"/>: the command-line check, the verbs, the engine, the runner's exit codes), with
/// its own engine and streams: no process is started, so a command costs milliseconds, not a runtime's start.
/// The engine reads <paramref name="environment"/> over the process's variables and may run on a test's
/// clock and zone. The true end-to-end tests (signals, kills, a background embedder) still start <c>roots</c>.
/// </summary>
/// <param name="environment">Environment variables the commands see in place of the process's.</param>
/// <param name="time">The clock (default: the system's).</param>
/// <param name="zone">The zone days are counted in (default: the machine's).</param>
public sealed class InProcessRoots(IReadOnlyDictionary<string, string>? environment = null, TimeProvider? time = null, TimeZoneInfo? zone = null)
{
    /// <summary>Runs one command line; <paramref name="stdin"/> is what it reads on standard input.</summary>
    public async Task<InProcessResult> RunAsync(string[] args, string stdin = "", CancellationToken cancellationToken = default)
    {
        using var engine = RootsEngine.Create(options =>
        {
            options.Environment = name => environment is not null && environment.TryGetValue(name, out string? value) ? value : Environment.GetEnvironmentVariable(name);
            options.Time = time ?? TimeProvider.System;
            options.Zone = zone ?? TimeZoneInfo.Local;
        });

        // As when roots writes into a pipe: no colour, no wrapping, Spectre's output and plain lines in one stream, in order.
        // Synchronized like Console.Out and Console.Error: a command may report from several threads at once.
        // Never closed, like the process's streams: a report still in flight when the command returns must not
        // throw on a thread-pool thread and take the test host down.
        var stdoutText = new StringWriter();
        var stderrText = new StringWriter();
        var stdout = TextWriter.Synchronized(stdoutText);
        var stderr = TextWriter.Synchronized(stderrText);
        using (Terminal.Use(new TerminalSession(Redirected(stdout), Redirected(stderr), stdout, stderr, new StringReader(stdin),
            InputRedirected: true, OutputRedirected: true, ErrorRedirected: true)))
        {
            int exitCode = await RootsProgram.RunAsync(engine, args, cancellationToken);
            return new InProcessResult(exitCode, stdoutText.ToString(), stderrText.ToString());
        }
    }

    private static IAnsiConsole Redirected(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 10_000;
        return console;
    }
}

/// <summary>What a command run in process gave: its exit code, what it wrote for the user (stdout) and its messages (stderr).</summary>
public sealed record InProcessResult(int ExitCode, string Output, string Errors);
