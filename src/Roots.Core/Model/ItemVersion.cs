namespace Roots.Core.Model;

/// <summary>
/// One collected state of an item. Versions are never changed or removed; a changed original
/// makes a new one.
/// </summary>
/// <param name="ItemId">The item it belongs to.</param>
/// <param name="Number">1 for the first version, then 2, 3 …</param>
/// <param name="Sha256">The SHA-256 of the original bytes, lower-case hex: also its archive address.</param>
/// <param name="Size">The size of the original in bytes.</param>
/// <param name="MediaType">The media type of the original.</param>
/// <param name="CollectedAt">When this version was collected.</param>
/// <param name="TextLength">The length of the extracted text in characters.</param>
public sealed record ItemVersion(
    long ItemId,
    int Number,
    string Sha256,
    long Size,
    string MediaType,
    DateTimeOffset CollectedAt,
    int TextLength);
