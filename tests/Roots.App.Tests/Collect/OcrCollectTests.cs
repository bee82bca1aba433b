using Roots.App.UseCases;
using Roots.Core.Extraction;
using Roots.TestKit.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roots.App.Tests.Collect;

/// <summary>A fact that needs the real tesseract with chi_sim and eng: skipped, saying why, without it.</summary>
public sealed class TesseractFactAttribute : FactAttribute
{
    public TesseractFactAttribute()
    {
        if (TesseractPresence.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>OCR through <c>roots add</c>'s use case: what is counted, what is kept, what is reported.</summary>
public sealed class OcrCollectTests : IDisposable
{
    private static readonly byte[] ScanPng = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "scan-zh.png"));

    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Inputs, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A text page, then a page holding only the scan.</summary>
    private static byte[] TextThenScanPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("A page with a text layer.", 12, new PdfPoint(50, 760), font);
        builder.AddPage(PageSize.A4).AddPng(ScanPng, new PdfRectangle(50, 600, 350, 660));
        return builder.Build();
    }

    private static byte[] HugeDeclaredPng()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 0, 0, 0, 0];
        return png;
    }

    [Fact]
    public async Task AddPaths_TesseractHangs_GoodItemsAreKeptAndTheBadOnesReported()
    {
        // given a tesseract that never answers, and a batch of good and hostile inputs
        var fake = FakeTesseract.Write(_folder.Root, "sleep 30");
        var library = _folder.Configure($"ocr:\n  program: {fake}\n  timeout_seconds: 1\n");
        string[] paths =
        [
            _folder.Write("note.md", "# A note\n\nPlain text collected beside the scans."),
            WriteBytes("mixed.pdf", TextThenScanPdf()),
            WriteBytes("scan.png", ScanPng),
            WriteBytes("huge.png", HugeDeclaredPng()),
            WriteBytes("zero.png", []),
        ];

        // when
        var report = await library.Files.AddPathsAsync(paths, AddOptions.None);

        // then the note and the PDF's text page are kept; the image, the huge one and the empty one are reported
        Assert.Equal(2, report.Added);
        Assert.Equal(1, report.UnreadPages);
        Assert.Equal("page 2: tesseract timed out after 1 s", report.UnreadReason);
        Assert.Equal(0, report.OcrPages);
        var failures = report.Failures.ToDictionary(f => Path.GetFileName(f.Label), f => f.Reason);
        Assert.Equal("OCR failed: tesseract timed out after 1 s", failures["scan.png"]);
        Assert.StartsWith("image too large to read: 20000 × 20000", failures["huge.png"], StringComparison.Ordinal);
        Assert.Equal("empty file", failures["zero.png"]);
        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public async Task AddPaths_TesseractMissing_KeepsScansUnreadAndSaysHowToInstall()
    {
        var library = _folder.Configure($"ocr:\n  program: {Path.Combine(_folder.Root, "no-such-tesseract")}\n");
        string[] paths = [WriteBytes("mixed.pdf", TextThenScanPdf()), WriteBytes("scan.png", ScanPng)];

        var report = await library.Files.AddPathsAsync(paths, AddOptions.None);

        Assert.Equal(2, report.Added);
        Assert.Empty(report.Failures);
        Assert.Equal(2, report.UnreadPages);
        Assert.Equal("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)", report.UnreadReason);
    }

    [Fact]
    public async Task AddPaths_OcrOff_KeepsScansUnreadAndSaysOcrIsOff()
    {
        var library = _folder.Configure("ocr:\n  enabled: false\n");

        var report = await library.Files.AddPathsAsync([WriteBytes("mixed.pdf", TextThenScanPdf())], AddOptions.None);

        Assert.Equal(1, report.Added);
        Assert.Equal(1, report.UnreadPages);
        Assert.Equal("OCR is off (ocr.enabled: false in roots.yaml)", report.UnreadReason);
    }

    [TesseractFact]
    public async Task AddPaths_RealTesseract_CountsOcredPagesAndTheItemRecordsIt()
    {
        var report = await _folder.Library.Files.AddPathsAsync([WriteBytes("mixed.pdf", TextThenScanPdf()), WriteBytes("scan.png", ScanPng)], AddOptions.None);

        Assert.Equal(2, report.Added);
        Assert.Equal(2, report.OcrPages);
        Assert.Equal(0, report.UnreadPages);
        var sources = new List<string>();
        foreach (var id in report.ItemIds)
        {
            var fields = await _folder.Library.Store.GetFieldsAsync(id);
            sources.Add(fields[OcrFields.TextSource]);
            Assert.Equal("chi_sim+eng", fields[OcrFields.Languages]);
        }

        Assert.Equal([OcrFields.FromOcr, OcrFields.FromTextLayerAndOcr], sources.Order(StringComparer.Ordinal));
    }
}
