using System.Diagnostics;
using Roots.App;
using Roots.App.Ingest;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// What follows a collection: new items get vectors inline, from a detached background
/// <c>roots embed</c>, or not at all, as <c>embeddings.mode</c> (or <c>ROOTS_EMBED</c>) says.
/// Collection itself never waits for the model.
/// </summary>
public static class AfterCollect
{
    /// <summary>Starts or runs the embedding of new items; prints one line on stderr about it unless <paramref name="json"/>.</summary>
    public static async Task RunAsync(Library library, IngestReport report, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(report);
        string mode = library.Config.Embeddings.EffectiveMode;
        if (report.ItemIds.Count == 0 || mode == "off" || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        if (mode == "inline")
        {
            // Inline means the command ends with vectors: a run already embedding is waited for, then what it left is embedded here.
            try
            {
                using var gate = await App.Embedding.EmbedLock.AcquireAsync(library.Directory,
                    () => Terminal.Err.WriteLine("waiting for the running embedder to finish (another roots embed for this library)…"),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                await EmbedProgressBar.RunAsync(json, p => library.EmbedPendingAsync(p, cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C while waiting: what was collected is kept; roots embed catches up later.
            }

            return;
        }

        if (StartBackground(library.Directory) && !json)
        {
            Terminal.Err.WriteLine($"embedding {report.ItemIds.Count} new items in the background (roots embed); search is lexical for them until it finishes");
        }
    }

    private static bool StartBackground(string libraryDirectory)
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
            start.ArgumentList.Add(typeof(AfterCollect).Assembly.Location);
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
            Terminal.Warn($"could not start background embedding ({e.Message}); run roots embed");
            return false;
        }
    }
}
