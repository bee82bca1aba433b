namespace Roots.Ingest.Extraction;

/// <summary>
/// One line of a PDF page as drawn: its text and where it sits, in PDF points (y grows upwards).
/// The geometry is what tells a wrapped line from a new paragraph, which the text alone cannot.
/// </summary>
/// <param name="Text">The line's text, without leading or trailing white space.</param>
/// <param name="Baseline">The y of the line's baseline.</param>
/// <param name="Left">The x where the line's first visible glyph starts.</param>
/// <param name="Right">The x where the line's last visible glyph ends.</param>
/// <param name="PointSize">The point size most of the line's glyphs are drawn at.</param>
internal readonly record struct PdfTextLine(string Text, double Baseline, double Left, double Right, double PointSize);
