using Microsoft.Extensions.DependencyInjection;
using Roots.App;
using Roots.Cli.Infrastructure;
using Spectre.Console.Cli;

// The roots command: one engine for the process (made by AddRoots), the verbs configured in RootsCommands.
// Commands take the engine in their constructor; library settings are handed it by the interceptor.
using var engine = RootsEngine.Create();
var app = new CommandApp(new TypeRegistrar(new ServiceCollection().AddSingleton(engine)));
app.Configure(config =>
{
    RootsCommands.Configure(config);
    config.SetInterceptor(new EngineInterceptor(engine));
});
string[] line = CommandLine.Normalize(args);
if (CommandLineCheck.Problem(line) is { } problem)
{
    Terminal.Error(problem);
    return ExitCodes.Usage;
}

using var interrupt = new InterruptSignal();
return await CommandRunner.RunAsync(app, line, interrupt.Token);
