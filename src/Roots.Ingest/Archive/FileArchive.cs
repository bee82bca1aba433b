using System.Security.Cryptography;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Ingest.Archive;

/// <summary>
/// A content-addressed archive of originals in a directory: <c>ab/abcdef…</c>, named by the
/// SHA-256 of the bytes. A file is written to a temporary name, flushed to disk, then renamed
/// into place, so a crash leaves either nothing or the whole original, never a torn one;
/// archived files are made read-only. Beside each original lies its sidecar
/// (<c>&lt;sha&gt;.meta.json</c>, <see cref="OriginalSidecar"/>), from which the library can be rebuilt.
/// </summary>
/// <remarks>Thread-safe: two writers of the same bytes race to the same name and both succeed.</remarks>
public sealed class FileArchive : IArchive
{
    /// <summary>What follows an original's address in its sidecar's file name.</summary>
    public const string SidecarSuffix = ".meta.json";

    private readonly string _root;
    private int _cleaned;

    /// <summary>
    /// Opens the archive rooted at <paramref name="root"/>. Nothing is created until an original is
    /// stored, so an archive on read-only media (or not made yet) opens and reads.
    /// </summary>
    public FileArchive(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>The archive directory.</summary>
    public string Root => _root;

    /// <summary>The lower-case hex SHA-256 of <paramref name="content"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <inheritdoc />
    public ValueTask<ArchivedOriginal> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        CleanOnFirstWrite();
        string sha = HashOf(content.Span);
        string path = PathOf(sha);
        // A file already there is trusted only when it holds these very bytes: a damaged original
        // (a flipped byte keeps its size) is repaired by collecting its source again.
        if (!Holds(path, content.Span))
        {
            WriteReplacing(path, content.Span, flushToDisk: true);
        }

        return ValueTask.FromResult(new ArchivedOriginal(sha, content.Length));
    }

    /// <inheritdoc />
    public ValueTask WriteSidecarAsync(string sha256, OriginalSidecar sidecar, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        // Not flushed to disk: a sidecar lost to a power cut costs a title and tags on a rebuild,
        // not the original, and a flush per file would double the cost of collecting.
        WriteReplacing(SidecarPathOf(sha256), SidecarJson.Serialize(sidecar), flushToDisk: false);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public OriginalSidecar? ReadSidecar(string sha256)
    {
        using var stream = ArchiveReadGuard.TryOpen(_root, SidecarPathOf(sha256));
        return stream is null ? null : SidecarJson.TryRead(stream);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> FindStaleTemporaryFiles() => ArchiveTemporaryFiles.FindStale(_root).ToList();

    /// <inheritdoc />
    public int RemoveStaleTemporaryFiles() => ArchiveTemporaryFiles.RemoveStale(_root);

    /// <summary>The path of an original's sidecar (<c>ab/&lt;sha&gt;.meta.json</c>).</summary>
    public string SidecarPathOf(string sha256) => PathOf(sha256) + SidecarSuffix;

    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, then
    /// renames it over <paramref name="path"/>: readers see the old file or the whole new one.
    /// </summary>
    private static void WriteReplacing(string path, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        // The temporary file lives beside its final name: the rename stays inside one directory,
        // and the file system allocates the inode near its siblings.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = ArchiveTemporaryFiles.For(path);
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 0,
                PreallocationSize = content.Length,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            }

            using (var stream = new FileStream(temp, options))
            {
                stream.Write(content);
                if (flushToDisk)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is a regular file in the archive holding exactly <paramref name="content"/>.</summary>
    private bool Holds(string path, ReadOnlySpan<byte> content)
    {
        var existing = new FileInfo(path);
        if (!existing.Exists || existing.Length != content.Length)
        {
            return false;
        }

        using var stream = ArchiveReadGuard.TryOpen(_root, path);
        if (stream is null)
        {
            return false;
        }

        byte[] buffer = new byte[Math.Min(content.Length, 1 << 16)];
        int offset = 0;
        while (offset < content.Length)
        {
            int read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
            if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    /// <summary>
    /// Once per process, before its first write: temporary files left by killed writers are removed
    /// (they are preallocated to the original's full size), so they never pile up.
    /// </summary>
    private void CleanOnFirstWrite()
    {
        if (Interlocked.Exchange(ref _cleaned, 1) == 0)
        {
            ArchiveTemporaryFiles.RemoveStale(_root);
        }
    }

    /// <inheritdoc />
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"not a SHA-256 address: '{sha256}'", nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256);
    }

    /// <inheritdoc />
    public async ValueTask<string?> CheckAsync(string sha256, long expectedSize, CancellationToken cancellationToken = default)
    {
        string path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return "original missing from the archive";
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (stream.Length != expectedSize)
        {
            return $"size is {stream.Length} bytes, expected {expectedSize}";
        }

        byte[] hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        string actual = Convert.ToHexStringLower(hash);
        return actual == sha256 ? null : $"content changed: hashes to {actual}";
    }

    /// <inheritdoc />
    public Stream Open(string sha256) =>
        TryOpen(sha256) ?? throw new FileNotFoundException($"no original {sha256} in the archive (missing, or not a regular file inside it)", PathOf(sha256));

    /// <inheritdoc />
    public Stream? TryOpen(string sha256) => ArchiveReadGuard.TryOpen(_root, PathOf(sha256));

    /// <inheritdoc />
    public IEnumerable<string> EnumerateAddresses()
    {
        if (!Directory.Exists(_root))
        {
            yield break; // nothing stored yet
        }

        foreach (string folder in Directory.EnumerateDirectories(_root))
        {
            string name = Path.GetFileName(folder);
            if (name.Length != 2 || !name.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder))
            {
                string sha = Path.GetFileName(file);
                if (sha.Length == 64 && sha.StartsWith(name, StringComparison.Ordinal))
                {
                    yield return sha;
                }
            }
        }
    }

}
