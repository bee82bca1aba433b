namespace Roots.Ingest.Sources;

/// <summary>What a directory entry is. Only <see cref="Regular"/> files are ever read.</summary>
public enum FileKind
{
    /// <summary>Not there (any more).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,

    /// <summary>A folder: walked.</summary>
    Directory,

    /// <summary>A symbolic link: skipped inside folders, followed when named on the command line.</summary>
    SymbolicLink,

    /// <summary>A named pipe: reading it would wait for a writer forever.</summary>
    Fifo,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>A character device (<c>/dev/zero</c> never ends).</summary>
    CharacterDevice,

    /// <summary>A block device (a whole disk).</summary>
    BlockDevice,

    /// <summary>Something else the system reports.</summary>
    Other,
}

/// <summary>Words for <see cref="FileKind"/> in messages.</summary>
public static class FileKinds
{
    /// <summary>The kind as a user reads it: "fifo", "socket", "character device" …</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "regular file",
        FileKind.Directory => "folder",
        FileKind.SymbolicLink => "symbolic link",
        FileKind.Fifo => "fifo",
        FileKind.Socket => "socket",
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        _ => "special file",
    };

    /// <summary>The reason given for an entry that is not a regular file or a folder.</summary>
    public static string NotRegular(FileKind kind) => $"not a regular file: {kind.Describe()}";
}
