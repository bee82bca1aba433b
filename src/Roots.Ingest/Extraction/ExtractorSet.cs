using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// The extractors Roots knows, tried in order: the first whose <see cref="IExtractor.CanExtract"/>
/// accepts the media type reads the document. A new format is a new <see cref="IExtractor"/>
/// added here, not a new branch in a switch. Immutable and thread-safe.
/// </summary>
public sealed class ExtractorSet : IExtractor
{
    private readonly IExtractor[] _extractors;

    /// <summary>Creates a set that tries <paramref name="extractors"/> in the order given.</summary>
    public ExtractorSet(IEnumerable<IExtractor> extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        _extractors = [.. extractors];
    }

    /// <summary>
    /// Plain text, Markdown, HTML, PDF, email and images, with no OCR engine: scanned pages and images are kept
    /// unread (see <see cref="WithOcr"/>).
    /// </summary>
    public static ExtractorSet Default { get; } = WithOcr(null);

    /// <summary>
    /// Every format Roots reads, with <paramref name="recognizer"/> reading the text of images and of PDF pages
    /// that have no text layer.
    /// </summary>
    /// <param name="recognizer">The OCR engine; null for none.</param>
    public static ExtractorSet WithOcr(ITextRecognizer? recognizer) =>
        new([new PlainTextExtractor(), new MarkdownExtractor(), new HtmlExtractor(), new PdfExtractor(recognizer), new EmailExtractor(), new MboxExtractor(),
            new ImageExtractor(recognizer)]);

    /// <summary>The extractors, in the order they are tried.</summary>
    public IReadOnlyList<IExtractor> Extractors => _extractors;

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => Array.Exists(_extractors, e => e.CanExtract(mediaType));

    /// <summary>
    /// Extracts with the first extractor that reads the request's media type; fails with
    /// <c>no extractor for media type X</c> when none does.
    /// </summary>
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        var mediaType = request.MediaType ?? string.Empty;
        foreach (var extractor in _extractors)
        {
            if (extractor.CanExtract(mediaType))
            {
                return extractor.Extract(request, cancellationToken);
            }
        }

        return Result<ExtractedDocument>.Fail($"no extractor for media type {(mediaType.Length == 0 ? "(none)" : mediaType)}");
    }

    /// <summary>
    /// Sniffs the media type with <see cref="MediaTypeSniffer"/> (from the first 8 KiB and the
    /// name), then extracts. The convenience for files and standard input, where nothing
    /// declares the type.
    /// </summary>
    /// <param name="fileName">The file's name, for its extension; may be null (stdin).</param>
    /// <param name="bytes">The whole file.</param>
    /// <param name="cancellationToken">Stops a long extraction; <see cref="OperationCanceledException"/> then propagates.</param>
    public Result<ExtractedDocument> ExtractFile(string? fileName, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        var head = bytes.Length > BinaryContent.SampleLength ? bytes.Span[..BinaryContent.SampleLength] : bytes.Span;
        var mediaType = MediaTypeSniffer.Sniff(fileName, head);
        return mediaType.IsSuccess
            ? Extract(new ExtractionRequest(bytes, mediaType.Value, fileName), cancellationToken)
            : Result<ExtractedDocument>.Fail(mediaType.Error!);
    }
}
