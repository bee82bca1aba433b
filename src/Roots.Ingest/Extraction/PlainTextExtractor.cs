using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads <c>text/plain</c>: decodes with <see cref="TextDecoder"/> (the request's charset, or the
/// media type's <c>charset</c> parameter, is the declared one), turns line ends into <c>\n</c>
/// and keeps the text otherwise as written. The title is the first non-blank line when it is at
/// most 120 characters long. Metadata: <c>charset</c>. Stateless and thread-safe.
/// </summary>
public sealed class PlainTextExtractor : IExtractor
{
    /// <inheritdoc />
    public bool CanExtract(string mediaType) => MediaTypeName.Is(mediaType, MediaTypes.PlainText);

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = TextDecoder.Decode(request.Content.Span, request.Charset ?? MediaTypeName.Charset(request.MediaType));
        if (!decoded.IsSuccess)
        {
            return Result<ExtractedDocument>.Fail(decoded.Error!);
        }

        var text = TextShape.NormalizeLineEndings(decoded.Value.Text).Trim();
        if (text.Length == 0)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.NoText);
        }

        var metadata = new Dictionary<string, string> { ["charset"] = decoded.Value.Charset };
        return new ExtractedDocument(text, TextShape.FirstLineTitle(text), Metadata: metadata);
    }
}
