using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

// The roots command: the verbs are configured in RootsCommands.
var app = new CommandApp();
app.Configure(RootsCommands.Configure);
string[] line = CommandLine.Normalize(args);
if (CommandLineCheck.Problem(line) is { } problem)
{
    Terminal.Error(problem);
    return ExitCodes.Usage;
}

using var interrupt = new InterruptSignal();
return await CommandRunner.RunAsync(app, line, interrupt.Token);
