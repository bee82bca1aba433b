namespace Roots.Core.Extraction;

/// <summary>
/// Reads the text in a picture of a page (OCR): a scanned PDF page, a photo or scan added as a file.
/// The port lets extractors ask for OCR without knowing which engine runs it, and lets a library run
/// with none installed: <see cref="UnavailableReason"/> then says why, and pages stay unread, never lost.
/// Implementations are thread-safe.
/// </summary>
public interface ITextRecognizer
{
    /// <summary>The languages the engine reads, as it names them (<c>chi_sim+eng</c>); recorded with every OCRed item.</summary>
    string Languages { get; }

    /// <summary>Null when recognition can run here; else one line saying why not and how to fix it.</summary>
    string? UnavailableReason { get; }

    /// <summary>
    /// Reads the text in <paramref name="image"/> (PNG, JPEG, TIFF or JPEG 2000 bytes). Pages of a multi-page
    /// image are separated by a blank line. Fails, never throws, for an image it cannot read, a crash or a timeout.
    /// </summary>
    /// <param name="image">The image file's bytes.</param>
    /// <param name="dpi">The image's resolution when the caller knows it (a PDF page's image); null to let the engine estimate it.</param>
    /// <param name="cancellationToken">Stops the recognition; <see cref="OperationCanceledException"/> then propagates.</param>
    Result<string> Recognize(ReadOnlyMemory<byte> image, int? dpi, CancellationToken cancellationToken);
}
