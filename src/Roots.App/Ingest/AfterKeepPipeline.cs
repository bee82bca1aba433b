using Roots.Core.Ports;

namespace Roots.App.Ingest;

/// <summary>
/// The steps after keeping, created for one unit of work from the frozen pipeline
/// (<see cref="IngestPipeline.AfterKeepFor"/>). Every way in (files, notes, imports, URLs, feeds, the
/// worker, uploads, a rebuild) ends in <see cref="RunAsync"/>.
/// </summary>
public sealed class AfterKeepPipeline
{
    private readonly IReadOnlyList<IAfterKeepStage> _stages;
    private readonly IItemStore _items;

    internal AfterKeepPipeline(IReadOnlyList<IAfterKeepStage> stages, IItemStore items)
    {
        _stages = stages;
        _items = items;
    }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<IAfterKeepStage> Stages => _stages;

    /// <summary>
    /// Runs every step over what <paramref name="report"/>'s run kept. It runs to the end even after
    /// Ctrl-C, for what was kept, so that kept items are never left unconnected.
    /// </summary>
    /// <param name="report">The run's report, holding what it kept.</param>
    /// <param name="packSearch">Whether the lexical index may be packed now (false for a worker between chunks).</param>
    public async Task RunAsync(IngestReport report, bool packSearch = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = new KeptRun(report, _items, packSearch);
        if (run.Items.Count == 0 && run.TagsForExisting.Count == 0 && run.AttachmentLinks.Count == 0)
        {
            return;
        }

        foreach (var stage in _stages)
        {
            try
            {
                await stage.RunAsync(run, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (IOException or System.Data.Common.DbException or OutOfMemoryException))
            {
                // A step's fault on an unusual text must not cost the steps after it (packing the index,
                // tag rules) nor the run: the items are kept. Storage and disk faults still stop the run.
                report.StepProblems.Add($"{stage.Name}: {e.Message}");
            }
        }
    }
}
