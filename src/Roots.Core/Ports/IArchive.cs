using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// Keeps originals by content address (SHA-256), written once and never changed, so that
/// anything derived can be rebuilt and checked against what was collected.
/// </summary>
/// <remarks>Thread-safe: writes of the same content race harmlessly to the same address.</remarks>
public interface IArchive
{
    /// <summary>Stores <paramref name="content"/> durably (written, flushed to disk, then made visible) unless already present.</summary>
    ValueTask<ArchivedOriginal> StoreAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The path of an original, for people and tools; it may not exist.</summary>
    string PathOf(string sha256);

    /// <summary>Re-hashes the original at <paramref name="sha256"/>; null when it is intact, else the problem.</summary>
    ValueTask<string?> CheckAsync(string sha256, long expectedSize, CancellationToken cancellationToken = default);

    /// <summary>Opens an original for reading; throws <see cref="FileNotFoundException"/> where <see cref="TryOpen"/> gives null.</summary>
    Stream Open(string sha256);

    /// <summary>
    /// Opens an original for reading, or returns null when the archive holds no regular file at
    /// that address: missing, or a link, folder or device put there, which would lead reads (and
    /// whoever is served the bytes) out of the archive.
    /// </summary>
    Stream? TryOpen(string sha256);

    /// <summary>Every content address present, for finding originals no version refers to.</summary>
    IEnumerable<string> EnumerateAddresses();

    /// <summary>Writes (or replaces) the sidecar of the original at <paramref name="sha256"/>: what is needed to collect it again.</summary>
    ValueTask WriteSidecarAsync(string sha256, OriginalSidecar sidecar, CancellationToken cancellationToken = default);

    /// <summary>The sidecar of the original at <paramref name="sha256"/>, or null when there is none or it cannot be read.</summary>
    OriginalSidecar? ReadSidecar(string sha256);

    /// <summary>Temporary files left by writers that no longer run (a killed collection).</summary>
    IReadOnlyList<string> FindStaleTemporaryFiles();

    /// <summary>Removes the temporary files <see cref="FindStaleTemporaryFiles"/> finds; returns how many.</summary>
    int RemoveStaleTemporaryFiles();
}
