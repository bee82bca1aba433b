namespace Roots.Core.Model;

/// <summary>What the store knows of a source, so that collection can skip what has not changed.</summary>
/// <param name="ItemId">The item collected from the source.</param>
/// <param name="Sha256">The content hash of its current version.</param>
/// <param name="Size">The size of its current original.</param>
/// <param name="SourceStamp">The last write time recorded at collection, if any.</param>
public readonly record struct SourceState(long ItemId, string Sha256, long Size, long? SourceStamp);
