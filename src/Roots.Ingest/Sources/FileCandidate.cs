namespace Roots.Ingest.Sources;

/// <summary>A regular file found by <see cref="FileSource"/>, not yet read.</summary>
/// <param name="Path">The absolute path as shown and stored: the item's source identity. A name that is not
/// UTF-8 shows decoded as GB18030 (GBK), or with <c>\xNN</c> for bytes that are neither.</param>
/// <param name="Size">Its size in bytes when listed.</param>
/// <param name="Stamp">Its last write time, UTC ticks.</param>
public readonly record struct FileCandidate(string Path, long Size, long Stamp)
{
    /// <summary>On Linux, the path's exact bytes, which open it even when <see cref="Path"/> cannot; null elsewhere.</summary>
    internal byte[]? NativePath { get; init; }
}
