namespace Roots.Core.Extraction;

/// <summary>
/// Turns the bytes of one format into readable text and metadata. Implementations are
/// stateless and thread-safe; one instance serves every document of its media types.
/// </summary>
public interface IExtractor
{
    /// <summary>True when this extractor reads <paramref name="mediaType"/>.</summary>
    bool CanExtract(string mediaType);

    /// <summary>
    /// Extracts the document. Never throws for bad input: a malformed, truncated, encrypted or
    /// empty original gives a failed result whose reason names the problem in one line.
    /// </summary>
    Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default);
}
