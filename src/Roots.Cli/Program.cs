using Roots.App;
using Roots.Cli.Infrastructure;

// The roots command: one engine for the process, the verbs run by RootsProgram (the same path the in-process tests run).
using var engine = RootsEngine.Create();
using var interrupt = new InterruptSignal();
return await RootsProgram.RunAsync(engine, args, interrupt.Token);
