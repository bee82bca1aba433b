using System.Security.Cryptography;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.Ingest.Archive;

/// <summary>
/// A content-addressed archive of originals in a directory: <c>ab/abcdef…</c>, named by the
/// SHA-256 of the bytes. A file is written to a temporary name, flushed to disk, then renamed
/// into place, so a crash leaves either nothing or the whole original, never a torn one;
/// archived files are made read-only.
/// </summary>
/// <remarks>Thread-safe: two writers of the same bytes race to the same name and both succeed.</remarks>
public sealed class FileArchive : IArchive
{
    private readonly string _root;

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
        string sha = HashOf(content.Span);
        string path = PathOf(sha);
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == content.Length)
        {
            return ValueTask.FromResult(new ArchivedOriginal(sha, content.Length));
        }

        // The temporary file lives beside its final name: the rename stays inside one directory,
        // and the file system allocates the inode near its siblings.
        string folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{sha}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
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
                stream.Write(content.Span);
                stream.Flush(flushToDisk: true);
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

        return ValueTask.FromResult(new ArchivedOriginal(sha, content.Length));
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
