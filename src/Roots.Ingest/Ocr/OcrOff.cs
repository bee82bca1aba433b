using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Ocr;

/// <summary>The recognizer of a library whose <c>ocr.enabled</c> is false: never runs, and says why pages stay unread.</summary>
public sealed class OcrOff : ITextRecognizer
{
    /// <summary>The reason given for every unread page.</summary>
    public const string Reason = "OCR is off (ocr.enabled: false in roots.yaml)";

    /// <inheritdoc />
    public string Languages => string.Empty;

    /// <inheritdoc />
    public string? UnavailableReason => Reason;

    /// <inheritdoc />
    public Result<string> Recognize(ReadOnlyMemory<byte> image, int? dpi, CancellationToken cancellationToken) => Result<string>.Fail(Reason);
}
