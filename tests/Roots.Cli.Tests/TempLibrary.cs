using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>A fresh folder holding a library and the inputs a test adds to it.</summary>
public sealed class TempLibrary : IDisposable
{
    public TempLibrary()
    {
        Root = Directory.CreateTempSubdirectory("roots-e2e-").FullName;
        Library = Path.Combine(Root, "library");
        Inputs = Directory.CreateDirectory(Path.Combine(Root, "inputs")).FullName;
    }

    public string Root { get; }

    public string Library { get; }

    public string Inputs { get; }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        string path = Path.Combine(Inputs, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs roots with <c>--library</c> pointing here.</summary>
    public Task<RootsProcess.Outcome> Roots(params string[] args) => RootsProcess.RunAsync([.. args, "--library", Library]);

    /// <summary>Runs roots with extra environment variables (e.g. ROOTS_EMBED=inline).</summary>
    public Task<RootsProcess.Outcome> RootsWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RootsProcess.RunAsync([.. args, "--library", Library], environment: environment);

    public Task<RootsProcess.Outcome> RootsWithStdin(string stdin, params string[] args) =>
        RootsProcess.RunAsync([.. args, "--library", Library], stdin);

    public async Task<JsonElement> Json(params string[] args)
    {
        var outcome = await Roots(args);
        Assert.True(outcome.ExitCode is 0 or 3, $"roots {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Stderr}");
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    public void Dispose()
    {
        StoreUnderTest.Drop(Library);
        // Archived originals are read-only; make them writable so the folder can go.
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }
}
