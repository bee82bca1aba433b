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

    /// <summary>Archived originals no version refers to: lost by the database, or left by a killed run.</summary>
    public long UnreferencedOriginals { get; internal set; }

    /// <summary>Of <see cref="UnreferencedOriginals"/>, those whose sidecar names their source, title and tags.</summary>
    public long RestorableOriginals { get; internal set; }

    /// <summary>Temporary files of killed writers in the archive.</summary>
    public long StaleTemporaryFiles { get; internal set; }

    /// <summary>Originals of items without a sidecar (kept before sidecars existed); <c>--repair</c> writes them. Not a problem.</summary>
    public long MissingSidecars { get; internal set; }

    /// <summary>Problems found; the library is sound when there are none.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>True when no problem was found.</summary>
    public bool IsSound => Problems.Count == 0;
}
