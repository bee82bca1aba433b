using System.Runtime.InteropServices;

namespace Roots.Ingest.Archive;

/// <summary>Whether this process may write a file or folder, asked without writing anything.</summary>
public static partial class WriteAccess
{
    private const int WriteOk = 2; // W_OK

    /// <summary>
    /// True when this process may write <paramref name="path"/> (a file, or a folder: create and
    /// remove entries in it); false when it does not exist. On Unix this is <c>access(2)</c>, which
    /// answers for permissions, read-only mounts (EROFS) and root alike, where mode bits alone would
    /// say a read-only mount is writable and root may not write. Elsewhere, the read-only attribute.
    /// </summary>
    public static bool Allowed(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return access(path, WriteOk) == 0;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // No C library to ask: judge by the mode bits below.
            }
        }

        try
        {
            var attributes = File.GetAttributes(path);
            return (attributes & FileAttributes.ReadOnly) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int access(string path, int mode);
}
