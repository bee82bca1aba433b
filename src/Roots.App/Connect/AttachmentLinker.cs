using Roots.App.Ingest;
using Roots.Core.Ports;

namespace Roots.App.Connect;

/// <summary>
/// The step after keeping that links each attachment the run kept (or found kept before) to the message it
/// arrived in (<see cref="Core.Model.LinkKinds.AttachmentOf"/>). Links are added, never replaced: one attachment in
/// two messages keeps a link to each, and a message added again re-adds the same links harmlessly.
/// </summary>
internal sealed class AttachmentLinker(ILinkStore links) : IAfterKeepStage
{
    /// <inheritdoc />
    public string Name => "attachments";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.AttachmentLinks.Count > 0)
        {
            await links.AddLinksAsync(run.AttachmentLinks, cancellationToken).ConfigureAwait(false);
        }
    }
}
