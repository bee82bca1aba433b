namespace Roots.Ingest.Sources;

/// <summary>What a look at one path found (an lstat or stat, or an fstat of an open file).</summary>
/// <param name="Kind">Its kind; <see cref="FileKind.Missing"/> when it is not there.</param>
/// <param name="Size">Its size in bytes (regular files).</param>
/// <param name="Stamp">Its last write time, UTC ticks.</param>
/// <param name="Error">Why it could not be looked at (permission denied …), when it could not; null otherwise.</param>
internal readonly record struct FileProbe(FileKind Kind, long Size, long Stamp, string? Error = null)
{
    /// <summary>Nothing at that path.</summary>
    public static FileProbe Missing { get; } = new(FileKind.Missing, 0, 0);

    /// <summary>The path could not be examined for <paramref name="reason"/>.</summary>
    public static FileProbe Failed(string reason) => new(FileKind.Other, 0, 0, reason);
}
