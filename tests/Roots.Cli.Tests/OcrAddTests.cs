using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary><c>roots add</c> of scans where tesseract cannot run: the item is kept and one line says why and how to fix it.</summary>
public sealed class OcrAddTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    /// <summary>A real PNG header (IHDR 600 × 120); no decoder reads it without tesseract.</summary>
    private static readonly byte[] PngHeader =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 2, 0x58, 0, 0, 0, 0x78, 8, 0, 0, 0, 0];

    [Fact]
    public async Task Add_ImageWithoutTesseract_KeepsItAndWarnsInOneLine()
    {
        // given a library whose tesseract is missing
        await _lib.Roots("init");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), $"\nocr:\n  program: {Path.Combine(_lib.Root, "no-such-tesseract")}\n");
        _lib.Write("scan.png", PngHeader);
        _lib.Write("note.md", "# Note\n\nA line of text.");

        // when
        var added = await _lib.Roots("add", _lib.Inputs);
        var json = JsonDocument.Parse((await _lib.Roots("add", _lib.Write("again.png", [.. PngHeader, 1]), "--json")).Stdout).RootElement;

        // then both are kept, and the warning is one line that says how to install tesseract
        Assert.True(added.ExitCode == 0, added.Stderr);
        Assert.Contains("2 added", added.Stderr, StringComparison.Ordinal);
        Assert.Contains(
            "warning: 1 page had no text layer and was not read: tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng); the items are kept",
            added.Stderr, StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), (json.GetProperty("added").GetInt32(), json.GetProperty("unreadPages").GetInt32(), json.GetProperty("ocrPages").GetInt32()));
        Assert.StartsWith("tesseract is not installed", json.GetProperty("unreadReason").GetString(), StringComparison.Ordinal);
    }
}
