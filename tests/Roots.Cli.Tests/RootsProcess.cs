using System.Diagnostics;
using System.Text;

namespace Roots.Cli.Tests;

/// <summary>Runs the real <c>roots</c> executable as a user would, and captures what it prints.</summary>
public static class RootsProcess
{
    /// <summary>
    /// The roots.dll of the CLI project's own build output (same configuration as the tests): the
    /// test folder also holds a copy, but its dependency set is the test project's, which trims
    /// assemblies the ASP.NET Core shared framework provides to the tests and roots does not have.
    /// </summary>
    private static readonly string RootsDll = LocateRoots();

    /// <summary>The roots.dll the tests run, for a test that must start it from a shell (to pass raw bytes as arguments).</summary>
    public static string Dll => RootsDll;

    private static string LocateRoots()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;                 // net10.0
        string configuration = output.Parent!.Name;     // Release or Debug
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "Roots.Cli", "bin", configuration, framework, "roots.dll");
            if (File.Exists(Path.Combine(dir.FullName, "Roots.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "roots.dll");
    }

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    /// <summary>
    /// Starts roots. Embedding is off unless <paramref name="environment"/> sets ROOTS_EMBED: a
    /// background embedder outliving a test would only compete with the next tests for the cores.
    /// </summary>
    public static Process Start(IEnumerable<string> args, string? libraryEnvironment = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(RootsDll);
        foreach (string arg in WithStore(args, libraryEnvironment))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in EnvironmentOf(libraryEnvironment, environment))
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start roots");
    }

    /// <summary>
    /// Runs one command and returns what it printed. In process (<see cref="InProcessRoots"/>, the path
    /// Program.cs runs) unless the command needs a process of its own: a background embedder it would start
    /// from the test host, or a crash point armed by the environment. <see cref="RunProcessAsync"/> always starts one.
    /// </summary>
    public static async Task<Outcome> RunAsync(string[] args, string? stdin = null, string? libraryEnvironment = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (NeedsAProcess(environment))
        {
            return await RunProcessAsync(args, stdin, libraryEnvironment, environment);
        }

        var roots = new InProcess.InProcessRoots(EnvironmentOf(libraryEnvironment, environment));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var result = await roots.RunAsync([.. WithStore(args, libraryEnvironment)], stdin ?? "", timeout.Token);
        return new Outcome(result.ExitCode, result.Output, result.Errors);
    }

    /// <summary>True when a command run with <paramref name="environment"/> must be a process of its own.</summary>
    /// <remarks><c>ROOTS_TEST_CLI_PROCESS=1</c> starts a process for every command: the whole suite end to end, as before.</remarks>
    private static bool NeedsAProcess(IReadOnlyDictionary<string, string>? environment) =>
        Environment.GetEnvironmentVariable("ROOTS_TEST_CLI_PROCESS") == "1"
        || environment is not null
        && (environment.ContainsKey("ROOTS_TEST_CRASH_AT")
            || (environment.TryGetValue("ROOTS_EMBED", out string? embed) && embed is "background" or "auto"));

    /// <summary>The command line, with the store under test named on every init (StoreUnderTest): each library its own database.</summary>
    private static List<string> WithStore(IEnumerable<string> args, string? libraryEnvironment)
    {
        var given = args.ToList();
        if (given is ["init", ..] && !given.Contains("--store"))
        {
            int at = given.IndexOf("--library");
            string? library = at >= 0 && at + 1 < given.Count ? given[at + 1] : libraryEnvironment;
            if (library is { Length: > 0 } && StoreUnderTest.StoreFor(library) is { } store)
            {
                given.Add("--store");
                given.Add(store);
            }
        }

        return given;
    }

    /// <summary>What roots sees of the environment: no default library, no colour, embedding off, then the test's own.</summary>
    private static Dictionary<string, string> EnvironmentOf(string? libraryEnvironment, IReadOnlyDictionary<string, string>? environment)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ROOTS_LIBRARY"] = libraryEnvironment ?? "",
            ["NO_COLOR"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["ROOTS_EMBED"] = "off",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>Starts the real roots process for one command and returns what it printed.</summary>
    public static async Task<Outcome> RunProcessAsync(string[] args, string? stdin = null, string? libraryEnvironment = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, libraryEnvironment, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
