using Roots.Core;
using Roots.Core.Model;

namespace Roots.Ingest.Sources;

/// <summary>
/// Collects files and folders (recursively). Hidden files and folders (names starting with a
/// dot), symbolic links and unreadable folders are skipped so that a home folder can be added
/// without walking into caches, loops or version-control internals.
/// </summary>
public sealed class FileSource
{
    /// <summary>The default largest file collected: 100 MB.</summary>
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
    };

    private readonly long _maxFileBytes;

    /// <summary>Creates a source that refuses files larger than <paramref name="maxFileBytes"/>.</summary>
    public FileSource(long maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileBytes);
        _maxFileBytes = maxFileBytes;
    }

    /// <summary>
    /// Lists the files under <paramref name="paths"/> in a stable order (ordinal by path within each argument).
    /// A path that does not exist is reported through <paramref name="missing"/> and skipped.
    /// </summary>
    public IEnumerable<FileCandidate> Enumerate(IEnumerable<string> paths, Action<string, string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string given in paths)
        {
            string path = Path.GetFullPath(given);
            if (File.Exists(path))
            {
                yield return Candidate(new FileInfo(path));
            }
            else if (Directory.Exists(path))
            {
                var files = new DirectoryInfo(path).EnumerateFiles("*", Walk)
                    .Where(file => !IsHidden(path, file.FullName))
                    .OrderBy(file => file.FullName, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return Candidate(file);
                }
            }
            else
            {
                missing(given, "no such file or folder");
            }
        }
    }

    /// <summary>Reads one file; a file too large, empty or unreadable gives a one-line reason.</summary>
    public Result<CollectedDocument> Read(FileCandidate candidate)
    {
        try
        {
            var info = new FileInfo(candidate.Path);
            if (!info.Exists)
            {
                return Result<CollectedDocument>.Fail("file disappeared before it could be read");
            }

            if (info.Length > _maxFileBytes)
            {
                return Result<CollectedDocument>.Fail(
                    $"file too large ({Megabytes(info.Length)} MB; the limit is {Megabytes(_maxFileBytes)} MB, ingest.max_file_mb in roots.yaml)");
            }

            byte[] content = File.ReadAllBytes(candidate.Path);
            if (content.Length == 0)
            {
                return Result<CollectedDocument>.Fail("empty file");
            }

            return new CollectedDocument
            {
                Source = candidate.Path,
                Content = content,
                FileName = info.Name,
                SourceStamp = info.LastWriteTimeUtc.Ticks,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<CollectedDocument>.Fail($"cannot read: {e.Message}");
        }
    }

    private static FileCandidate Candidate(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks);

    private static bool IsHidden(string root, string file)
    {
        // EnumerationOptions skips hidden entries on Windows; on Unix a dot-name is hidden.
        var relative = Path.GetRelativePath(root, file).AsSpan();
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            if (relative[part].StartsWith('.'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
