using System.ComponentModel;
using System.Globalization;
using Roots.App.Embedding;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots embed</c>: gives every item without vectors its passage vectors (semantic and hybrid search).</summary>
public sealed class EmbedCommand : LibraryCommand<EmbedCommand.Settings>
{
    /// <summary>Options of <c>roots embed</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Print nothing (the background job started by <c>roots add</c>).</summary>
        [CommandOption("--quiet")]
        [Description("Print nothing; errors go to embed.log in the library.")]
        public bool Quiet { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        using var gate = settings.Quiet ? EmbedLock.TryAcquire(library.Directory) : await WaitForLockAsync(library, cancellationToken).ConfigureAwait(false);
        if (gate is null)
        {
            // A background run started by roots add: the run already going embeds these items too.
            // Asked for by a user, the lock is null only after Ctrl-C while waiting.
            return settings.Quiet ? ExitCodes.Success : ExitCodes.Interrupted;
        }

        try
        {
            var report = await EmbedProgressBar.RunAsync(settings.Quiet, progress => library.Embeddings.EmbedPendingAsync(progress, cancellationToken)).ConfigureAwait(false);
            if (settings.Json)
            {
                JsonOutput.Write(new EmbedReportJson(report.Items, report.Chunks, report.Pending, Math.Round(report.Elapsed.TotalSeconds, 2), Math.Round(report.ChunksPerSecond, 1), report.RelatedLinks, library.Embeddings.EmbeddingModel));
            }
            else if (!settings.Quiet)
            {
                Terminal.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"embedded {report.Items} items ({report.Chunks} passages, {report.ChunksPerSecond:0.0}/s) with {library.Embeddings.EmbeddingModel}; {report.RelatedLinks} related links; {report.Pending} pending"));
            }

            return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        }
        catch (Exception e) when (settings.Quiet && e is not OperationCanceledException)
        {
            // Nobody watches a background job's terminal: leave the reason where roots can show it.
            await File.AppendAllTextAsync(Path.Combine(library.Directory, "embed.log"),
                $"{DateTimeOffset.UtcNow:O} embedding failed: {e.Message}{Environment.NewLine}", CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Waits for a run already embedding this library (a background one started by roots add, or
    /// the server's round), then this run embeds whatever is still pending: so "import, then
    /// embed" always ends with vectors. Null when Ctrl-C came first.
    /// </summary>
    private static async Task<EmbedLock?> WaitForLockAsync(App.Library library, CancellationToken cancellationToken)
    {
        try
        {
            return await EmbedLock.AcquireAsync(library.Directory,
                () => Terminal.Err.WriteLine("waiting for the running embedder to finish (another roots embed for this library)…"),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}

/// <summary>The JSON form of an <see cref="EmbedReport"/>.</summary>
public sealed record EmbedReportJson(int Items, int Chunks, long Pending, double Seconds, double ChunksPerSecond, int RelatedLinks, string Model);
