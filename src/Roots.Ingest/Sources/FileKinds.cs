namespace Roots.Ingest.Sources;

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
