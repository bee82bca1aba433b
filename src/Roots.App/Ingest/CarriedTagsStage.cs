using Roots.Core.Ports;

namespace Roots.App.Ingest;

/// <summary>The first step after keeping: tags that inputs carried for items kept before become their user tags (<see cref="ImportTagMerger"/>).</summary>
internal sealed class CarriedTagsStage(ITagStore tags) : IAfterKeepStage
{
    /// <inheritdoc />
    public string Name => "carried tags";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await new ImportTagMerger(tags).MergeAsync(run.TagsForExisting, cancellationToken).ConfigureAwait(false);
    }
}
