namespace Roots.Core.Model;

/// <summary>An original kept in the archive: its content address and size.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Size">Size in bytes.</param>
public readonly record struct ArchivedOriginal(string Sha256, long Size);
