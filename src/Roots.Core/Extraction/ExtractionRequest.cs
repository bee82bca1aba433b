namespace Roots.Core.Extraction;

/// <summary>
/// The bytes of one original and what is known about them before extraction.
/// </summary>
/// <param name="Content">The original bytes, exactly as archived.</param>
/// <param name="MediaType">The media type (e.g. <c>text/markdown</c>, <c>application/pdf</c>), already sniffed or declared.</param>
/// <param name="FileName">The name it came with, for messages and for format hints; may be null (stdin).</param>
/// <param name="Charset">A character set declared out of band (an HTTP header), if any; wins over detection.</param>
public readonly record struct ExtractionRequest(
    ReadOnlyMemory<byte> Content,
    string MediaType,
    string? FileName = null,
    string? Charset = null);
