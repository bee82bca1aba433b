namespace Roots.Ingest.Sources;

/// <summary>A file found by <see cref="FileSource"/>, not yet read.</summary>
/// <param name="Path">The absolute path: the item's source identity.</param>
/// <param name="Size">Its size in bytes when listed.</param>
/// <param name="Stamp">Its last write time, UTC ticks.</param>
public readonly record struct FileCandidate(string Path, long Size, long Stamp);
