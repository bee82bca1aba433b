using System.Diagnostics;

namespace Roots.Cli.Tests;

/// <summary>A real small file system (a tmpfs of a few megabytes) that fills up: needs root, as mount does.</summary>
public sealed class SmallDisk : IDisposable
{
    private static readonly Lazy<bool> CanMount = new(() =>
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return false;
        }

        using var probe = TryMount(1);
        return probe is not null;
    });

    private SmallDisk(string path) => Path = path;

    /// <summary>Where it is mounted.</summary>
    public string Path { get; }

    /// <summary>True when this process may mount one (it runs as root on Linux).</summary>
    public static bool Available => CanMount.Value;

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB at <paramref name="path"/> (created), or in a new temporary folder.</summary>
    public static SmallDisk Mount(int megabytes, string? path = null) => TryMount(megabytes, path) ?? throw new InvalidOperationException("could not mount a tmpfs");

    /// <summary>Gives it <paramref name="megabytes"/> MB: the user freed space.</summary>
    public void Grow(int megabytes) => Run("mount", "-o", $"remount,size={megabytes}m", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static SmallDisk? TryMount(int megabytes, string? at = null)
    {
        string path = at is null ? Directory.CreateTempSubdirectory("roots-small-disk-").FullName : Directory.CreateDirectory(at).FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) == 0)
        {
            return new SmallDisk(path);
        }

        Directory.Delete(path);
        return null;
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
