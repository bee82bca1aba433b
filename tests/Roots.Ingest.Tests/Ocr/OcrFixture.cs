using Roots.Ingest.Ocr;
using Roots.TestKit.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roots.Ingest.Tests.Ocr;

/// <summary>The OCR tests' material: a rendered Chinese scan, PDFs of scans and text, and stand-in tesseracts in a temporary folder.</summary>
public sealed class OcrFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("roots-ocr-").FullName;

    /// <summary>"扫描页 Roots 测试" rendered in WenQuanYi Micro Hei, 600 × 120 pixels.</summary>
    public static byte[] ScanPng { get; } = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", "scan-zh.png"));

    /// <summary>A recognizer running a stand-in tesseract that does <paramref name="body"/>, with a one-second timeout.</summary>
    public TesseractRecognizer Fake(string body) =>
        new(new TesseractOptions { Executable = FakeTesseract.Write(Folder, body), Timeout = TimeSpan.FromSeconds(1) });

    /// <summary>Each call of the stand-in appends a line here.</summary>
    public string CallLog => Path.Combine(Folder, "calls");

    /// <summary>A stand-in that logs each call and reads every image as <paramref name="text"/>.</summary>
    public TesseractRecognizer Echo(string text) => Fake($"echo call >> '{CallLog}'\necho '{text}'");

    public int Calls => File.Exists(CallLog) ? File.ReadAllLines(CallLog).Length : 0;

    /// <summary>A PDF whose pages are text ("Page one text." …) where the entry is a string, and a scan where it is null.</summary>
    public static byte[] Pdf(params string?[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (text is null)
            {
                page.AddPng(ScanPng, new PdfRectangle(50, 600, 50 + 300, 600 + 60));
            }
            else
            {
                page.AddText(text, 12, new PdfPoint(50, 760), font);
            }
        }

        return builder.Build();
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
