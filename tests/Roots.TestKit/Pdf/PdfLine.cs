namespace Roots.TestKit.Pdf;

/// <summary>One line of text placed on a PDF page: its baseline starts at (<paramref name="X"/>, <paramref name="Y"/>) in points.</summary>
public sealed record PdfLine(string Text, double X, double Y, double Size);
