using System.Globalization;
using System.Text;

namespace Roots.TestKit.Pdf;

/// <summary>
/// Writes small PDFs whose text may be any BMP character, Chinese included, the way PDFs made
/// with a non-embedded system font are: a Type0 font with Identity-H encoding (two bytes per
/// character, the code being the character's UTF-16 value), widths in /W (ASCII half an em,
/// everything else a full em, as in most CJK fonts) and a ToUnicode map. No font file is needed:
/// PdfPig's writer only writes single-byte fonts, which cannot hold Chinese, and text extraction
/// reads the ToUnicode map, not the glyphs. Tests that must also render the page need a real font.
/// </summary>
public static class UnicodePdf
{
    /// <summary>Width of an ASCII character, in thousandths of an em: 500.</summary>
    public const int AsciiWidth = 500;

    /// <summary>Line pitch <see cref="Stack"/> uses, as a multiple of the point size: 1.5.</summary>
    public const double Leading = 1.5;

    /// <summary>
    /// Lines stacked from the top of an A4 page at x = 50, <see cref="Leading"/> apart: a line
    /// starting with a tab is indented by two ems; an empty string leaves a blank line.
    /// </summary>
    public static IReadOnlyList<PdfLine> Stack(double size, params string[] lines)
    {
        var placed = new List<PdfLine>();
        var y = 780.0;
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                var indented = line.StartsWith('\t');
                placed.Add(new PdfLine(line.TrimStart('\t'), indented ? 50 + size * 2 : 50, y, size));
            }

            y -= size * Leading;
        }

        return placed;
    }

    /// <summary>A PDF with one page per entry, and <paramref name="title"/> in its document information when given.</summary>
    public static byte[] Build(string? title, params IReadOnlyList<PdfLine>[] pages)
    {
        var characters = pages.SelectMany(page => page).SelectMany(line => line.Text).Distinct().Order().ToList();
        if (characters.Any(char.IsSurrogate))
        {
            throw new ArgumentException("only BMP characters can be written", nameof(pages));
        }

        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, once the page objects are numbered
            "<< /Type /Font /Subtype /Type0 /BaseFont /RootsTestSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /RootsTestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
                $"/FontDescriptor 5 0 R /DW 1000 /W [32 [{string.Join(' ', Enumerable.Repeat(AsciiWidth, 95))}]] /CIDToGIDMap /Identity >>",
            "<< /Type /FontDescriptor /FontName /RootsTestSans /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
            Stream(ToUnicode(characters)),
            title is null ? "<< >>" : $"<< /Title <FEFF{Hex(title)}> /Producer (Roots.TestKit) >>",
        };

        var kids = new List<string>();
        foreach (var page in pages)
        {
            var pageNumber = objects.Count + 1;
            kids.Add($"{pageNumber} 0 R");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {pageNumber + 1} 0 R >>");
            objects.Add(Stream(Content(page)));
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {kids.Count} >>";
        return Write(objects);
    }

    private static string Content(IReadOnlyList<PdfLine> lines)
    {
        var content = new StringBuilder();
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 {line.Size:0.##} Tf {line.X:0.##} {line.Y:0.##} Td <{Hex(line.Text)}> Tj ET\n");
        }

        return content.ToString();
    }

    private static string ToUnicode(List<char> characters)
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in characters.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var character in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{(int)character:X4}> <{(int)character:X4}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }

    private static string Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));

    private static string Stream(string data) => $"<< /Length {Encoding.ASCII.GetByteCount(data)} >>\nstream\n{data}\nendstream";

    private static byte[] Write(List<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
