using Microsoft.Extensions.DependencyInjection;
using Roots.App;
using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Roots.Cli.Tests.InProcess;

/// <summary>
/// Runs <c>roots</c> commands inside the test process, the way <c>Program.cs</c> wires them (one engine, the
/// registrar, the interceptor), with Spectre's <see cref="CommandAppTester"/> and a <see cref="TerminalSession"/>
/// of test streams: no process is started, so a command costs milliseconds, not a runtime's start.
/// The true end-to-end tests (signals, exit codes of the whole process, kills) still start <c>roots</c>.
/// </summary>
public sealed class InProcessRoots : IDisposable
{
    private readonly RootsEngine _engine = RootsEngine.Create();

    /// <summary>Runs one command line; <paramref name="stdin"/> is what it reads on standard input.</summary>
    public async Task<InProcessResult> RunAsync(string[] args, string stdin = "")
    {
        var tester = new CommandAppTester(new TypeRegistrar(new ServiceCollection().AddSingleton(_engine)), new CommandAppTesterSettings(), new TestConsole());
        tester.Configure(config =>
        {
            RootsCommands.Configure(config);
            config.SetInterceptor(new EngineInterceptor(_engine));
        });
        var messages = new TestConsole();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CommandAppResult result;
        using (Terminal.Use(new TerminalSession(tester.Console, messages, stdout, stderr, new StringReader(stdin),
            InputRedirected: true, OutputRedirected: true, ErrorRedirected: true)))
        {
            result = await tester.RunAsync(CommandLine.Normalize(args), CancellationToken.None);
        }

        return new InProcessResult(result.ExitCode, tester.Console.Output + stdout, stderr + messages.Output);
    }

    public void Dispose() => _engine.Dispose();
}

/// <summary>What a command run in process gave: its exit code, what it wrote for the user (stdout) and its messages (stderr).</summary>
public sealed record InProcessResult(int ExitCode, string Output, string Errors);
