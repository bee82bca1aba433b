using Microsoft.Win32.SafeHandles;

namespace Roots.Ingest.Sources;

/// <summary>
/// Listing, looking at and opening paths: through <see cref="LinuxFiles"/> on 64-bit Linux (names as
/// bytes, the real kind of every entry, opening without waiting), through <c>System.IO</c> elsewhere,
/// where every non-folder counts as a regular file. Nothing here throws for a missing or unreadable path.
/// </summary>
internal static class Disk
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    /// <summary>The entries of <paramref name="folder"/> with the kind the listing gives (null: look with <see cref="Stat"/>); null when it cannot be listed.</summary>
    public static List<(DiskPath Path, string Name, FileKind? Kind)>? List(DiskPath folder)
    {
        if (folder.Native is { } native && OperatingSystem.IsLinux() && LinuxFiles.IsAvailable)
        {
            var (entries, _) = LinuxFiles.List(native);
            return entries?.ConvertAll(entry =>
            {
                string name = NativeName.Display(entry.Name);
                return (folder.Child(name, entry.Name), name, entry.Kind);
            });
        }

        try
        {
            return [.. new DirectoryInfo(folder.Display).EnumerateFileSystemInfos("*", OneLevel).Select(info =>
                (folder.Child(info.Name, null), info.Name, (FileKind?)KindOf(info)))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Looks at <paramref name="path"/>, following a final symbolic link when <paramref name="follow"/>.</summary>
    public static FileProbe Stat(DiskPath path, bool follow)
    {
        if (path.Native is { } native && OperatingSystem.IsLinux() && LinuxFiles.IsAvailable)
        {
            return LinuxFiles.Stat(native, follow);
        }

        try
        {
            FileSystemInfo info = Directory.Exists(path.Display) ? new DirectoryInfo(path.Display) : new FileInfo(path.Display);
            if (!info.Exists)
            {
                return FileProbe.Missing;
            }

            if (follow && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target)
            {
                info = target;
            }

            var kind = KindOf(info);
            return new FileProbe(kind, info is FileInfo file && kind == FileKind.Regular ? file.Length : 0, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e is FileNotFoundException or DirectoryNotFoundException ? FileProbe.Missing : FileProbe.Failed(e.Message);
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> to read, with a look at what was opened (so a file swapped for a
    /// fifo after listing is caught before a read that would never end). Missing: it is gone.
    /// </summary>
    public static (FileStream? Stream, FileProbe Probe) OpenRead(DiskPath path)
    {
        if (path.Native is { } native && OperatingSystem.IsLinux() && LinuxFiles.IsAvailable)
        {
            var (handle, missing, error) = LinuxFiles.OpenRead(native);
            if (handle is null)
            {
                return (null, missing ? FileProbe.Missing : FileProbe.Failed(error!));
            }

            var probe = LinuxFiles.Stat(handle);
            return probe.Kind == FileKind.Regular ? (new FileStream(handle, FileAccess.Read, 1), probe) : (Dispose(handle), probe);
        }

        var before = Stat(path, follow: true);
        if (before.Kind != FileKind.Regular)
        {
            return (null, before);
        }

        try
        {
            return (new FileStream(path.Display, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan), before);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, FileProbe.Missing);
        }
    }

    private static FileStream? Dispose(SafeFileHandle handle)
    {
        handle.Dispose();
        return null;
    }

    private static FileKind KindOf(FileSystemInfo info) =>
        info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
        : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
        : FileKind.Regular;
}
