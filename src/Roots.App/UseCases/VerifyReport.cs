namespace Roots.App.UseCases;

/// <summary>What <c>roots verify</c> found.</summary>
public sealed class VerifyReport
{
    /// <summary>Items in the database.</summary>
    public long Items { get; internal set; }

    /// <summary>Versions whose originals were re-hashed.</summary>
    public long VersionsChecked { get; internal set; }

    /// <summary>Entries in the full-text index.</summary>
    public long IndexEntries { get; internal set; }

    /// <summary>Archived originals no version refers to (left by an interrupted run; harmless, reused by a re-run).</summary>
    public long UnreferencedOriginals { get; internal set; }

    /// <summary>Problems found; the library is sound when there are none.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>True when no problem was found.</summary>
    public bool IsSound => Problems.Count == 0;
}
