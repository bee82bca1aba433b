using System.ComponentModel;
using Roots.App.Embedding;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots reindex [--vectors]</c>: rebuilds the full-text index (and the vectors) from the items.</summary>
public sealed class ReindexCommand : LibraryCommand<ReindexCommand.Settings>
{
    /// <summary>Options of <c>roots reindex</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Also re-embed every item.</summary>
        [CommandOption("--vectors")]
        [Description("Also forget every vector and embed every item again (after changing the embedding model).")]
        public bool Vectors { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        long count = await library.Upkeep.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
        Terminal.Line($"reindexed {count} items");
        if (!settings.Vectors)
        {
            return ExitCodes.Success;
        }

        using var gate = EmbedLock.TryAcquire(library.Directory);
        if (gate is null)
        {
            Terminal.Error("a roots embed is running for this library; run roots reindex --vectors when it has finished");
            return ExitCodes.Failure;
        }

        await library.Embeddings.ClearVectorsAsync(cancellationToken).ConfigureAwait(false);
        var report = await EmbedProgressBar.RunAsync(quiet: false, p => library.Embeddings.EmbedPendingAsync(p, cancellationToken)).ConfigureAwait(false);
        Terminal.Line($"embedded {report.Items} items ({report.Chunks} passages); {report.Pending} pending");
        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
    }
}
