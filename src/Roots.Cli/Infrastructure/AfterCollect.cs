using Roots.App;
using Roots.App.Embedding;
using Roots.App.Ingest;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// Renders what followed a collection for the new items' vectors. The policy (inline, background or
/// off; waiting for a running embedder) is the App's <see cref="Embeddings.EmbedAfterCollectAsync"/>; this
/// only draws its progress and says one line on stderr about it.
/// </summary>
public static class AfterCollect
{
    /// <summary>Embeds or starts embedding the new items of <paramref name="report"/>; prints one line on stderr about it unless <paramref name="json"/>.</summary>
    public static async Task RunAsync(Library library, IngestReport report, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        var followUp = await library.Embeddings.EmbedAfterCollectAsync(
            report,
            new ChildProcessEmbeddingLauncher(),
            () => Terminal.Err.WriteLine("waiting for the running embedder to finish (another roots embed for this library)…"),
            work => EmbedProgressBar.RunAsync(json, work),
            cancellationToken).ConfigureAwait(false);
        switch (followUp.Way)
        {
            case EmbeddingWay.Background when !json:
                Terminal.Err.WriteLine($"embedding {followUp.NewItems} new items in the background (roots embed); search is lexical for them until it finishes");
                break;
            case EmbeddingWay.NotStarted when followUp.Problem is not null:
                Terminal.Warn($"could not start background embedding ({followUp.Problem}); run roots embed");
                break;
        }
    }
}
