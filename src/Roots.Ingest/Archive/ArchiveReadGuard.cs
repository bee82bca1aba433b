namespace Roots.Ingest.Archive;

/// <summary>
/// Opens an archived original only when it is a regular file that really lies inside the
/// archive. The archive writer only ever makes regular files in real folders, so anything else at
/// an address (a symbolic link to <c>/etc/passwd</c>, a linked folder, a device) was put there
/// by someone else, and reading through it would serve or copy files from outside the archive.
/// </summary>
internal static class ArchiveReadGuard
{
    /// <summary>
    /// The opened original at <paramref name="path"/> (inside <paramref name="root"/>), or null when
    /// it is missing, a link, or resolves outside the root.
    /// </summary>
    public static Stream? TryOpen(string root, string path)
    {
        if (!IsRegularFileInside(root, path))
        {
            return null;
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Checked again once open, so that a link swapped in between the check and the open is refused too.
            if (IsRegularFileInside(root, path))
            {
                return stream;
            }

            stream.Dispose();
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> is a regular file (not a link) in a real folder (not a link)
    /// directly under <paramref name="root"/>: then its real path is inside the archive, wherever
    /// the root itself lives (it may be a link to a shared mount; that is the user's choice).
    /// </summary>
    private static bool IsRegularFileInside(string root, string path)
    {
        var file = new FileInfo(path);
        var folder = file.Directory;
        return file.Exists && file.LinkTarget is null &&
            (file.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Directory | FileAttributes.Device)) == 0 &&
            folder is { Exists: true, LinkTarget: null } && (folder.Attributes & FileAttributes.ReparsePoint) == 0 &&
            string.Equals(folder.Parent?.FullName.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
    }
}
