using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>Builds small PDFs in memory with PdfPig's writer (standard 14 fonts: Latin text only).</summary>
internal static class TestPdfs
{
    /// <summary>One page per entry; each page holds its lines, top to bottom.</summary>
    public static byte[] Build(string? title, string? author, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.Subject = title is null ? null : "About " + title;
        builder.DocumentInformation.CreationDate = "D:20240607083000Z";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 760.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(50, y), font);
                y -= 18;
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose single page has only a drawn rectangle: what a scan without OCR looks like to a text extractor.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 300, 1, fill: true);
        return builder.Build();
    }

    /// <summary>
    /// <paramref name="pdf"/> with a standard security handler added to its trailer whose user
    /// password is not empty (the O and U entries match no password), so that opening it needs a
    /// password. PdfPig cannot write encrypted files, hence the surgery; offsets stay valid
    /// because the trailer follows every object.
    /// </summary>
    public static byte[] WithUnknownUserPassword(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var dictionary = text.IndexOf("<<", text.LastIndexOf("trailer", StringComparison.Ordinal), StringComparison.Ordinal);
        var key = new string('A', 64);
        var encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >> ";
        return Encoding.Latin1.GetBytes(text.Insert(dictionary + 2, encrypt));
    }
}
