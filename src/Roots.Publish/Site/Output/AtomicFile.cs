using System.Security.Cryptography;
using System.Text;

namespace Roots.Publish.Site.Output;

/// <summary>
/// Writes a file so that a reader sees either its old or its new complete content, never part of
/// either: the bytes go to a temporary file in the same folder, which is then renamed over the
/// final name (a rename within one file system replaces the name in one step). A process killed
/// while writing leaves the old file and a stale temporary, which <see cref="RemoveStale"/> clears.
/// </summary>
/// <remarks>
/// Temporary names start with "." and end with ".tmp" (<see cref="IsTemporary"/>), so web servers
/// and static hosts that skip dotfiles never publish one, and no site file name matches them. The
/// temporary is not flushed to the disk before the rename: the guarantee is against a process that
/// dies (Ctrl-C, <c>kill -9</c>, a crash), which the operating system's cache survives; a site is a
/// projection of the library that the next publish rewrites, so a power cut is not worth an fsync
/// per page. Thread-safe: each call uses its own randomly named temporary.
/// </remarks>
public static class AtomicFile
{
    /// <summary>What every temporary name starts with.</summary>
    public const string TemporaryPrefix = ".";

    /// <summary>What every temporary name ends with.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>The longest file name, in UTF-8 bytes, that common file systems accept (ext4, APFS, NTFS in UTF-16 units).</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Lets <paramref name="write"/> fill a temporary file beside <paramref name="path"/>, then
    /// renames it over <paramref name="path"/>. When <paramref name="write"/> throws, the temporary
    /// is deleted, <paramref name="path"/> keeps what it held, and the exception goes on.
    /// </summary>
    /// <param name="path">The final file; its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, TemporaryName(Path.GetFileName(full)));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>True when <paramref name="fileName"/> (a name, not a path) is one of this class's temporaries.</summary>
    public static bool IsTemporary(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName.Length > TemporaryPrefix.Length + TemporarySuffix.Length
            && fileName.StartsWith(TemporaryPrefix, StringComparison.Ordinal)
            && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal);
    }

    /// <summary>
    /// Deletes the temporaries that writers killed before their rename left in
    /// <paramref name="directory"/> and the folders below it; returns how many. Call it only when no
    /// other writer uses the folder (a publish owns its output folder while it runs).
    /// </summary>
    public static int RemoveStale(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        int removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        foreach (string file in Directory.EnumerateFiles(directory, TemporaryPrefix + "*" + TemporarySuffix, options))
        {
            if (IsTemporary(Path.GetFileName(file)) && TryDelete(file))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>".name.random.tmp"; only ".random.tmp" when the name is too long to carry.</summary>
    private static string TemporaryName(string fileName)
    {
        string random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        string named = $"{TemporaryPrefix}{fileName}.{random}{TemporarySuffix}";
        return Encoding.UTF8.GetByteCount(named) <= MaxNameBytes ? named : $"{TemporaryPrefix}{random}{TemporarySuffix}";
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next publish to clear; the file it was to replace is intact either way.
            return false;
        }
    }
}
