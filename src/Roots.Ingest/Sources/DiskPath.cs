namespace Roots.Ingest.Sources;

/// <summary>
/// A path as shown and stored (<see cref="Display"/>) and, on Linux, the exact bytes that name it
/// (<see cref="Native"/>). They differ only for names that are not valid UTF-8 (a zip made on a
/// Chinese Windows unpacks to GBK names): .NET would turn those bytes into U+FFFD and the string
/// could no longer open the file, so the bytes travel beside it.
/// </summary>
internal readonly record struct DiskPath(string Display, byte[]? Native)
{
    /// <summary>A path given as a string (a command-line argument): its bytes are its UTF-8.</summary>
    public static DiskPath FromString(string path) =>
        new(path, OperatingSystem.IsLinux() ? System.Text.Encoding.UTF8.GetBytes(path) : null);

    /// <summary>The entry shown as <paramref name="displayName"/>, listed as the bytes <paramref name="nativeName"/>, inside this folder.</summary>
    public DiskPath Child(string displayName, byte[]? nativeName)
    {
        byte[]? native = null;
        if (Native is not null && nativeName is not null)
        {
            bool slash = Native.Length > 0 && Native[^1] == (byte)'/';
            native = new byte[Native.Length + (slash ? 0 : 1) + nativeName.Length];
            Native.CopyTo(native, 0);
            if (!slash)
            {
                native[Native.Length] = (byte)'/';
            }

            nativeName.CopyTo(native, native.Length - nativeName.Length);
        }

        return new DiskPath(Path.Join(Display, displayName), native);
    }
}
