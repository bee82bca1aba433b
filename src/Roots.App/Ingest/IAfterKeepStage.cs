namespace Roots.App.Ingest;

/// <summary>
/// One step after keeping (mentions, near-duplicates, tag rules, packing the index …). It is handed
/// what the run kept, in memory, and writes what it derives; it never reads back what it was handed.
/// A step is created per unit of work over that unit's store, and must be safe to run again on the
/// same items (a run interrupted before it finished re-runs it on the next collection).
/// </summary>
public interface IAfterKeepStage
{
    /// <summary>A short name for messages ("mentions").</summary>
    string Name { get; }

    /// <summary>Derives and writes what follows from <paramref name="run"/>.</summary>
    Task RunAsync(KeptRun run, CancellationToken cancellationToken);
}
