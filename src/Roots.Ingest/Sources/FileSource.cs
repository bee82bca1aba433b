using Roots.Core;
using Roots.Core.Model;

namespace Roots.Ingest.Sources;

/// <summary>
/// Collects files and folders (recursively). Only regular files are read: fifos, sockets and devices
/// are reported and skipped (reading them would wait forever or never end). Hidden files and
/// folders (names starting with a dot), symbolic links inside folders (a link named on the command
/// line is followed), unreadable folders and Roots library folders (see <see cref="LibraryFolder"/>)
/// are skipped, so that a home folder can be added without walking into caches, loops,
/// version-control internals or a library's own database and archive. A file that vanishes between
/// listing and reading, or whose name is not UTF-8, is one input among others: it never fails the batch.
/// </summary>
/// <remarks>Thread-safe: <see cref="Read"/> may run on many threads at once.</remarks>
public sealed class FileSource
{
    /// <summary>The default largest file collected: 100 MB.</summary>
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;

    /// <summary>The reason given for a file listed and then gone before it was read.</summary>
    public const string Vanished = "vanished while collecting";

    private readonly long _maxFileBytes;
    private readonly HashSet<string> _ownFolders;

    /// <summary>Creates a source that refuses files larger than <paramref name="maxFileBytes"/>.</summary>
    /// <param name="maxFileBytes">The largest file read; a file that grows past it while being read is refused as well.</param>
    /// <param name="ownFolders">Folders never walked into, as full paths: the library's own folder and archive.</param>
    public FileSource(long maxFileBytes = DefaultMaxFileBytes, IEnumerable<string>? ownFolders = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileBytes);
        _maxFileBytes = maxFileBytes;
        _ownFolders = new HashSet<string>(
            (ownFolders ?? []).Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))),
            OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Lists the regular files under <paramref name="paths"/> in a stable order (ordinal by path within
    /// each argument). Listing is lazy: each file is looked at just before it is yielded.
    /// </summary>
    /// <param name="paths">Files and folders, as given.</param>
    /// <param name="failed">Told of each input that cannot be collected (missing, vanished, not a regular file), with the reason.</param>
    /// <param name="skipped">Told of what was deliberately left out while walking (a library folder, a fifo), with the reason.</param>
    public IEnumerable<FileCandidate> Enumerate(IEnumerable<string> paths, Action<string, string> failed, Action<string, string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(failed);
        skipped ??= (_, _) => { };
        foreach (string given in paths)
        {
            var path = DiskPath.FromString(Path.GetFullPath(given));
            var probe = Disk.Stat(path, follow: true);
            bool ambiguous = false;
            if (probe.Kind == FileKind.Missing)
            {
                // A name that is not UTF-8 is found again by the name it is shown as, or by the garbled argument.
                (var legacy, ambiguous) = LegacyNames.Find(path);
                if (legacy is { } found)
                {
                    path = found;
                    probe = Disk.Stat(path, follow: true);
                }
            }

            switch (probe.Kind)
            {
                case FileKind.Missing:
                    failed(given, ambiguous ? LegacyNames.Ambiguous : "no such file or folder");
                    break;
                case FileKind.Regular:
                    yield return Candidate(path, probe);
                    break;
                case FileKind.Directory:
                    foreach (var candidate in Walk(path, failed, skipped))
                    {
                        yield return candidate;
                    }

                    break;
                default:
                    failed(given, probe.Error is { } error ? $"cannot read: {error}" : FileKinds.NotRegular(probe.Kind));
                    break;
            }
        }
    }

    /// <summary>Reads one file; a file too large, empty, gone, not regular or unreadable gives a one-line reason.</summary>
    public Result<CollectedDocument> Read(FileCandidate candidate)
    {
        try
        {
            var (stream, probe) = Disk.OpenRead(new DiskPath(candidate.Path, candidate.NativePath));
            if (stream is null)
            {
                return Result<CollectedDocument>.Fail(probe.Kind switch
                {
                    FileKind.Missing => Vanished,
                    _ when probe.Error is { } error => $"cannot read: {error}",
                    _ => FileKinds.NotRegular(probe.Kind),
                });
            }

            using (stream)
            {
                if (probe.Size > _maxFileBytes)
                {
                    return TooLarge(probe.Size);
                }

                byte[]? content = ReadAtMost(stream, probe.Size);
                if (content is null)
                {
                    return Result<CollectedDocument>.Fail(
                        $"file too large (more than its listed size, past the limit of {Megabytes(_maxFileBytes)} MB, ingest.max_file_mb in roots.yaml)");
                }

                if (content.Length == 0)
                {
                    return Result<CollectedDocument>.Fail("empty file");
                }

                return new CollectedDocument
                {
                    Source = candidate.Path,
                    Content = content,
                    FileName = Path.GetFileName(candidate.Path),
                    SourceStamp = probe.Stamp,
                };
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<CollectedDocument>.Fail(e is FileNotFoundException or DirectoryNotFoundException ? Vanished : $"cannot read: {e.Message}");
        }
    }

    /// <summary>The whole stream, or null when it holds more than the limit (a file still growing, a device that never ends).</summary>
    private byte[]? ReadAtMost(Stream stream, long expected)
    {
        using var content = new MemoryStream((int)Math.Min(Math.Min(expected, _maxFileBytes), Array.MaxLength));
        var buffer = new byte[81_920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (content.Length + read > _maxFileBytes)
            {
                return null;
            }

            content.Write(buffer, 0, read);
        }

        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }

    private Result<CollectedDocument> TooLarge(long size) => Result<CollectedDocument>.Fail(
        $"file too large ({Megabytes(size)} MB; the limit is {Megabytes(_maxFileBytes)} MB, ingest.max_file_mb in roots.yaml)");

    /// <summary>The regular files under <paramref name="root"/>: the tree is listed first, then each file is looked at as it is yielded.</summary>
    private IEnumerable<FileCandidate> Walk(DiskPath root, Action<string, string> failed, Action<string, string> skipped)
    {
        if (SkipReason(root) is { } rootReason)
        {
            skipped(root.Display, rootReason);
            yield break;
        }

        var files = new List<DiskPath>();
        var folders = new Stack<DiskPath>([root]);
        while (folders.TryPop(out var folder))
        {
            foreach (var (path, name, listedKind) in Disk.List(folder) ?? [])
            {
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var kind = listedKind ?? Disk.Stat(path, follow: false).Kind;
                if (kind == FileKind.Directory)
                {
                    if (SkipReason(path) is { } reason)
                    {
                        skipped(path.Display, reason);
                    }
                    else
                    {
                        folders.Push(path);
                    }
                }
                else if (kind != FileKind.SymbolicLink)
                {
                    files.Add(path);
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Display, b.Display));
        foreach (var file in files)
        {
            var probe = Disk.Stat(file, follow: false);
            switch (probe.Kind)
            {
                case FileKind.Regular:
                    yield return Candidate(file, probe);
                    break;
                case FileKind.Missing:
                    failed(file.Display, Vanished);
                    break;
                case FileKind.Directory or FileKind.SymbolicLink:
                    break; // replaced since it was listed: what it is now is not what was walked
                default:
                    if (probe.Error is { } error)
                    {
                        failed(file.Display, $"cannot read: {error}");
                    }
                    else
                    {
                        skipped(file.Display, FileKinds.NotRegular(probe.Kind));
                    }

                    break;
            }
        }
    }

    private string? SkipReason(DiskPath folder)
    {
        string full = Path.TrimEndingDirectorySeparator(folder.Display);
        if (_ownFolders.Contains(full))
        {
            return LibraryFolder.Is(folder) ? LibraryFolder.Reason : LibraryFolder.OwnReason;
        }

        return LibraryFolder.Is(folder) ? LibraryFolder.Reason : null;
    }

    private static FileCandidate Candidate(DiskPath path, FileProbe probe) =>
        new(path.Display, probe.Size, probe.Stamp) { NativePath = path.Native };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
