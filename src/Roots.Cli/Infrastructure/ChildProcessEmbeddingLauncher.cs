using System.Diagnostics;
using Roots.App.Embedding;
using Roots.Core;

namespace Roots.Cli.Infrastructure;

/// <summary>Starts a detached <c>roots embed --quiet</c> child process that outlives this one.</summary>
public sealed class ChildProcessEmbeddingLauncher : IEmbeddingLauncher
{
    /// <inheritdoc />
    public Result<bool> Start(string libraryDirectory)
    {
        string? host = Environment.ProcessPath;
        if (host is null)
        {
            return false;
        }

        var start = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = libraryDirectory,
        };

        // Run as `dotnet roots.dll …` when that is how this process runs.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcessEmbeddingLauncher).Assembly.Location);
        }

        foreach (string argument in (string[])["embed", "--quiet", "--library", libraryDirectory])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            // The child's pipes are closed at once: it prints nothing (--quiet) and must not hold
            // this process's terminal or a caller's pipe open after we exit.
            using var child = Process.Start(start);
            child?.StandardInput.Close();
            child?.StandardOutput.Close();
            child?.StandardError.Close();
            return child is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return Result<bool>.Fail(e.Message);
        }
    }
}
