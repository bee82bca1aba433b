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
