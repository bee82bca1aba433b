using System.Diagnostics;

namespace Roots.Cli.Tests;

/// <summary>
/// Makes a folder read-only for as long as it lives, as read-only media would: as root (whom mode
/// bits do not stop), a read-only bind mount of the folder onto itself; as anyone else, the write
/// bits taken off every file and folder in it (chmod -R a-w), given back on dispose.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private static readonly Lazy<bool> CanBind = new(() =>
    {
        string probe = Directory.CreateTempSubdirectory("roots-ro-probe-").FullName;
        try
        {
            using var folder = TryBind(probe);
            return folder is not null;
        }
        finally
        {
            Directory.Delete(probe);
        }
    });

    private readonly string _path;
    private readonly bool _mounted;
    private readonly List<(string Path, UnixFileMode Mode)> _modes = [];

    private ReadOnlyFolder(string path, bool mounted)
    {
        _path = path;
        _mounted = mounted;
    }

    /// <summary>Why a read-only folder cannot be made here, or null when it can.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "needs Linux"
        : IsRoot && !CanBind.Value ? "runs as root, where only a read-only mount stops writes, and mount is not allowed here"
        : null;

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Makes <paramref name="path"/> and everything in it read-only.</summary>
    public static ReadOnlyFolder Make(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(Unavailable);
        }

        string full = Path.GetFullPath(path);
        if (IsRoot)
        {
            return TryBind(full) ?? throw new InvalidOperationException($"could not mount {full} read-only");
        }

        var folder = new ReadOnlyFolder(full, mounted: false);
        foreach (string entry in Directory.EnumerateFileSystemEntries(full, "*", SearchOption.AllDirectories).Prepend(full))
        {
            var mode = File.GetUnixFileMode(entry);
            folder._modes.Add((entry, mode));
            File.SetUnixFileMode(entry, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }

        return folder;
    }

    public void Dispose()
    {
        if (_mounted || !OperatingSystem.IsLinux())
        {
            Run("umount", _path);
            return;
        }

        foreach (var (entry, mode) in _modes)
        {
            File.SetUnixFileMode(entry, mode);
        }
    }

    private static ReadOnlyFolder? TryBind(string path)
    {
        if (Run("mount", "--bind", path, path) != 0)
        {
            return null;
        }

        if (Run("mount", "-o", "remount,ro,bind", path) != 0)
        {
            Run("umount", path);
            return null;
        }

        return new ReadOnlyFolder(path, mounted: true);
    }

    private static int Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
