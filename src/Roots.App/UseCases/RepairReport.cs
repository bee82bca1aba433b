using Roots.App.Ingest;

namespace Roots.App.UseCases;

/// <summary>What <c>roots verify --repair</c> did.</summary>
public sealed class RepairReport
{
    /// <summary>Temporary files of killed writers removed from the archive.</summary>
    public int TemporaryFilesRemoved { get; internal set; }

    /// <summary>Missing or damaged originals archived again from their source files.</summary>
    public int OriginalsRecovered { get; internal set; }

    /// <summary>Missing or damaged originals nothing could bring back, one line each.</summary>
    public List<string> Unrepairable { get; } = [];

    /// <summary>Originals no item referred to, collected again from the archive.</summary>
    public IngestReport Restored { get; internal set; } = new();

    /// <summary>Sidecars written or brought up to date from the database.</summary>
    public int SidecarsWritten { get; internal set; }
}
