using System.Text;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Ocr;

/// <summary>
/// Shapes what an OCR engine printed into Roots' text: pages (form feeds) and paragraphs (blank lines) become
/// blank-line breaks, and the lines inside a paragraph are joined as a PDF's are (no space between two Chinese
/// characters, one space elsewhere), so that a word wrapped at the edge of the scan is one word again. Stateless.
/// </summary>
internal static class OcrText
{
    /// <summary>The tidied text; empty when the image held none.</summary>
    internal static string Tidy(string raw)
    {
        var paragraphs = new List<string>();
        foreach (var page in raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f'))
        {
            foreach (var block in page.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                var joined = Join(block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (joined.Length > 0)
                {
                    paragraphs.Add(joined);
                }
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    private static string Join(string[] lines)
    {
        var text = new StringBuilder();
        var previous = string.Empty;
        foreach (var line in lines)
        {
            if (text.Length > 0 && !(CjkText.EndsUnspaced(previous) && CjkText.StartsUnspaced(line)))
            {
                text.Append(' ');
            }

            text.Append(line);
            previous = line;
        }

        return text.ToString();
    }
}
