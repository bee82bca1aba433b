using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Roots.Ingest.Sources;

/// <summary>
/// The few libc calls .NET does not expose: a folder's entry names as bytes (readdir), the kind of
/// a file (statx: .NET reports no fifo, socket or device), and open by bytes with O_NONBLOCK (so
/// that opening a fifo never waits for a writer). 64-bit Linux only (glibc or musl): the layouts read
/// here (struct dirent, struct statx) are the same on every 64-bit Linux architecture.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe partial class LinuxFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasics = 0x7ff;
    private const int OpenReadNonBlocking = 0x800 /* O_NONBLOCK */ | 0x100 /* O_NOCTTY */ | 0x80000 /* O_CLOEXEC */;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    /// <summary>Offset of d_type and d_name in a 64-bit struct dirent (d_ino, d_off: 8 bytes each; d_reclen: 2).</summary>
    private const int DirentType = 18;
    private const int DirentName = 19;

    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>True on 64-bit Linux where statx and readdir can be called.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>A folder's entries, without "." and "..", as raw names with the kind readdir reports (null when unknown).</summary>
    public static (List<(byte[] Name, FileKind? Kind)>? Entries, string? Error) List(byte[] folder)
    {
        IntPtr dir = opendir(Terminated(folder));
        if (dir == IntPtr.Zero)
        {
            return (null, Describe(Marshal.GetLastSystemError()));
        }

        try
        {
            var entries = new List<(byte[], FileKind?)>();
            while (true)
            {
                Marshal.SetLastSystemError(0);
                IntPtr entry = readdir(dir);
                if (entry == IntPtr.Zero)
                {
                    int error = Marshal.GetLastSystemError();
                    return error == 0 ? (entries, null) : (null, Describe(error));
                }

                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)entry + DirentName);
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
                {
                    continue;
                }

                entries.Add((name.ToArray(), FromDirentType(*((byte*)entry + DirentType))));
            }
        }
        finally
        {
            _ = closedir(dir);
        }
    }

    /// <summary>Looks at <paramref name="path"/> (following a final symbolic link when <paramref name="follow"/>).</summary>
    public static FileProbe Stat(byte[] path, bool follow)
    {
        var buffer = new byte[256];
        int result = statx(AtFdCwd, Terminated(path), follow ? 0 : AtSymlinkNoFollow, StatxBasics, buffer);
        if (result != 0)
        {
            int error = Marshal.GetLastSystemError();
            return error is ENOENT or ENOTDIR ? FileProbe.Missing : FileProbe.Failed(Describe(error));
        }

        return Parse(buffer);
    }

    /// <summary>Looks at the file <paramref name="handle"/> has open: what is read is what was checked.</summary>
    public static FileProbe Stat(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            int result = statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxBasics, buffer);
            return result == 0 ? Parse(buffer) : FileProbe.Failed(Describe(Marshal.GetLastSystemError()));
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Opens <paramref name="path"/> to read without waiting (a fifo opens at once); the error names why not.</summary>
    public static (SafeFileHandle? Handle, bool Missing, string? Error) OpenRead(byte[] path)
    {
        int fd = open(Terminated(path), OpenReadNonBlocking);
        if (fd < 0)
        {
            int error = Marshal.GetLastSystemError();
            return (null, error is ENOENT or ENOTDIR, Describe(error));
        }

        return (new SafeFileHandle(fd, ownsHandle: true), false, null);
    }

    private static FileProbe Parse(byte[] statx)
    {
        // struct statx: stx_mode (u16) at 28, stx_size (u64) at 40, stx_mtime (s64 seconds, u32 nanoseconds) at 112.
        int mode = MemoryMarshal.Read<ushort>(statx.AsSpan(28));
        long size = (long)MemoryMarshal.Read<ulong>(statx.AsSpan(40));
        long seconds = MemoryMarshal.Read<long>(statx.AsSpan(112));
        uint nanoseconds = MemoryMarshal.Read<uint>(statx.AsSpan(120));
        // The same ticks FileInfo.LastWriteTimeUtc gives, so stamps kept by earlier runs still match.
        long stamp = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanoseconds / 100).UtcTicks;
        return new FileProbe(FromMode(mode), size, stamp);
    }

    private static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Other,
    };

    private static FileKind? FromDirentType(byte type) => type switch
    {
        8 => FileKind.Regular,
        4 => FileKind.Directory,
        10 => FileKind.SymbolicLink,
        1 => FileKind.Fifo,
        12 => FileKind.Socket,
        2 => FileKind.CharacterDevice,
        6 => FileKind.BlockDevice,
        _ => null, // DT_UNKNOWN: some file systems leave the kind to a stat
    };

    private static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno).ToLowerInvariant();

    private static byte[] Terminated(byte[] path)
    {
        var terminated = new byte[path.Length + 1];
        path.CopyTo(terminated, 0);
        return terminated;
    }

    private static bool Probe()
    {
        if (!Environment.Is64BitProcess)
        {
            return false;
        }

        try
        {
            return Stat("/"u8.ToArray(), follow: true).Kind == FileKind.Directory;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old C library without statx: the portable path is used
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial IntPtr opendir(byte[] name);

    [LibraryImport("libc", SetLastError = true)]
    private static partial IntPtr readdir(IntPtr dir);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int closedir(IntPtr dir);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int open(byte[] path, int flags);
}
