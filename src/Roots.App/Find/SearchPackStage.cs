using Roots.App.Ingest;
using Roots.Core.Ports;

namespace Roots.App.Find;

/// <summary>
/// The last step after keeping: packs the lexical index (PostgreSQL's packed form) once so many items
/// are unpacked that searches would leave the fast path. A pack reads the whole index, so it waits for
/// that many; SQLite has no packed form and this does nothing there.
/// </summary>
internal sealed class SearchPackStage(ISearchIndex index) : IAfterKeepStage
{
    /// <summary>
    /// Unpacked items after which a one-shot add packs: PostgreSQL's fast block search holds until 2,000
    /// items are unpacked, so packing at half of that keeps every search on it.
    /// </summary>
    internal const int PackAfterAdding = 1_000;

    /// <inheritdoc />
    public string Name => "pack search";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.PackSearch && run.Items.Count > 0 && index is IPackableSearchIndex packable)
        {
            await packable.PackIfNeededAsync(PackAfterAdding, cancellationToken).ConfigureAwait(false);
        }
    }
}
