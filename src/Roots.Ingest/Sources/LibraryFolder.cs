namespace Roots.Ingest.Sources;

/// <summary>
/// Recognises a Roots library folder, whose files are Roots' own (the database, archived originals,
/// the published site) and must never be collected as documents: a folder holding a regular file
/// <c>roots.yaml</c> together with a regular file <c>roots.db</c> (the SQLite store) or an
/// <c>archive</c> folder (every library has one unless roots.yaml moves it). roots.yaml alone is
/// not enough: other tools could use that name.
/// </summary>
internal static class LibraryFolder
{
    /// <summary>The message for a skipped library folder.</summary>
    public const string Reason = "a Roots library folder (roots.yaml with roots.db or archive/): its files are Roots' own, not collected";

    /// <summary>The message for the library's own folder or archive (roots.yaml may move the archive out of the library folder).</summary>
    public const string OwnReason = "this library's own folder or archive of originals: not collected";

    /// <summary>True when <paramref name="folder"/> is a Roots library folder.</summary>
    public static bool Is(DiskPath folder) =>
        Disk.Stat(folder.Child("roots.yaml", "roots.yaml"u8.ToArray()), follow: true).Kind == FileKind.Regular
        && (Disk.Stat(folder.Child("roots.db", "roots.db"u8.ToArray()), follow: true).Kind == FileKind.Regular
            || Disk.Stat(folder.Child("archive", "archive"u8.ToArray()), follow: true).Kind == FileKind.Directory);
}
