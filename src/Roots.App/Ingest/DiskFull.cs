using Microsoft.Data.Sqlite;
using Npgsql;

namespace Roots.App.Ingest;

/// <summary>
/// Tells a full disk from other failures. A full disk is not a flaw of the file being collected:
/// every file after it would fail the same way, so a run stops at the first one instead of
/// attempting thousands more, and the files it could not keep are not reported as failed.
/// </summary>
public static class DiskFull
{
    private const int ENOSPC = 28;           // No space left on device
    private const int EDQUOT = 122;          // Disk quota exceeded: full, for this user
    private const int WindowsDiskFull = unchecked((int)0x80070070);        // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);  // ERROR_HANDLE_DISK_FULL
    private const int SqliteFull = 13;       // SQLITE_FULL: database or disk is full
    private const string PostgresDiskFull = "53100";

    /// <summary>
    /// True when <paramref name="exception"/> (or one it wraps) says the disk is full: an
    /// <see cref="IOException"/> with ENOSPC or EDQUOT (on Unix .NET puts the errno in
    /// <see cref="Exception.HResult"/>) or the Windows disk-full codes, SQLite's SQLITE_FULL,
    /// PostgreSQL's disk_full (53100).
    /// </summary>
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        IOException io when io.HResult is ENOSPC or EDQUOT or WindowsDiskFull or WindowsHandleDiskFull => true,
        SqliteException sqlite when sqlite.SqliteErrorCode == SqliteFull => true,
        PostgresException postgres when postgres.SqlState == PostgresDiskFull => true,
        _ => Is(exception.InnerException),
    };

    /// <summary>
    /// True when the disk holding <paramref name="folder"/> has less than <paramref name="bytes"/> free:
    /// asked after a write there failed, since .NET reports a failed preallocation without the errno.
    /// </summary>
    public static bool NoRoomFor(string folder, long bytes)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace < Math.Max(bytes, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The one line a user reads when a run stopped on a full disk.</summary>
    public static string Message(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"disk full ({exception.Message.ReplaceLineEndings(" ").TrimEnd('.')}); what was kept stays kept; free some space and run the same command again";
    }
}
