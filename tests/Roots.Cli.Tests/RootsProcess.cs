using System.Diagnostics;
using System.Text;

namespace Roots.Cli.Tests;

/// <summary>Runs the real <c>roots</c> executable as a user would, and captures what it prints.</summary>
public static class RootsProcess
{
    private static readonly string RootsDll = Path.Combine(AppContext.BaseDirectory, "roots.dll");

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Process Start(IEnumerable<string> args, string? libraryEnvironment = null)
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
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ROOTS_LIBRARY"] = libraryEnvironment ?? "";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start roots");
    }

    public static async Task<Outcome> RunAsync(string[] args, string? stdin = null, string? libraryEnvironment = null)
    {
        using var process = Start(args, libraryEnvironment);
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
