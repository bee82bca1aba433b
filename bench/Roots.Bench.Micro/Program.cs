using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Roots.Bench.Micro -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Roots.Bench.Micro.SampleTexts).Assembly).Run(args);
