using System.Diagnostics;
using System.Globalization;

namespace Roots.Ingest.Archive;

/// <summary>
/// The archive's temporary files: <c>.NAME.PID.THREAD.tmp</c> beside their final name, written
/// then renamed into place. A writer killed between the two (<c>kill -9</c>, a power cut) leaves
/// one behind, preallocated to the full size of the original; these are found and removed once
/// the process that wrote them no longer runs.
/// </summary>
internal static class ArchiveTemporaryFiles
{
    /// <summary>The temporary name for writing <paramref name="finalPath"/> from this thread.</summary>
    public static string For(string finalPath) =>
        Path.Combine(Path.GetDirectoryName(finalPath)!,
            $".{Path.GetFileName(finalPath)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");

    /// <summary>Temporary files in the shard folders of <paramref name="root"/> whose writer is gone.</summary>
    public static IEnumerable<string> FindStale(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (string folder in Directory.EnumerateDirectories(root))
        {
            string name = Path.GetFileName(folder);
            if (name.Length != 2 || !name.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                if (WriterOf(Path.GetFileName(file)) is not { } pid || !IsRunning(pid))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Removes the stale temporary files; returns how many were removed.</summary>
    public static int RemoveStale(string root)
    {
        int removed = 0;
        foreach (string file in FindStale(root).ToList())
        {
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for verify to report: cleaning must never stop a collection.
            }
        }

        return removed;
    }

    /// <summary>The process id in <c>.NAME.PID.THREAD.tmp</c>, or null for a name not made by this archive.</summary>
    private static int? WriterOf(string fileName)
    {
        string[] parts = fileName.Split('.');
        return parts.Length >= 5 && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid}");
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
