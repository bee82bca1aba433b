using Microsoft.Extensions.DependencyInjection;
using Roots.App;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// The <c>roots</c> program on a given engine: the verbs (<see cref="RootsCommands"/>), the engine handed to
/// every command, the strict command-line check and the runner that turns failures into exit codes.
/// <c>Program.cs</c> runs it on the process's engine and streams; a test runs the very same path in process
/// on its own engine (its environment, its clock) and its own streams (<see cref="Terminal.Use"/>).
/// </summary>
public static class RootsProgram
{
    /// <summary>Runs one command line; never throws. Returns the exit code.</summary>
    /// <param name="engine">The engine the commands open libraries on.</param>
    /// <param name="args">The command line, as the process received it.</param>
    /// <param name="interrupt">Ctrl-C: the work in flight is kept, nothing more is started.</param>
    public static async Task<int> RunAsync(RootsEngine engine, string[] args, CancellationToken interrupt)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(args);
        string[] line = CommandLine.Normalize(args);
        if (CommandLineCheck.Problem(line) is { } problem)
        {
            Terminal.Error(problem);
            return ExitCodes.Usage;
        }

        // Spectre's own output (help, version) goes where the command's results go: the session's stdout.
        IAnsiConsole console = Terminal.Out;
        var app = new CommandApp(new TypeRegistrar(new ServiceCollection().AddSingleton(engine)));
        app.Configure(config =>
        {
            RootsCommands.Configure(config);
            config.SetInterceptor(new EngineInterceptor(engine));
            config.ConfigureConsole(console);
        });
        return await CommandRunner.RunAsync(app, line, interrupt).ConfigureAwait(false);
    }
}
