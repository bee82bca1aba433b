using Roots.Core.Extraction;
using Roots.Ingest.Ocr;
using YamlDotNet.Serialization;

namespace Roots.App.Configuration;

/// <summary>
/// OCR of images and of PDF pages without a text layer (<c>ocr:</c> in <c>roots.yaml</c>), by the
/// <c>tesseract</c> program. On by default; where tesseract is missing, such pages are kept unread and
/// <c>roots add</c> says so.
/// </summary>
public sealed class OcrSettings
{
    /// <summary>Whether scanned pages and images are OCRed (default true).</summary>
    [YamlMember(Alias = "enabled")]
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Tesseract's language names, in order of preference (default <c>[chi_sim, eng]</c>; add <c>chi_tra</c>
    /// for traditional Chinese scans: in the default it turns simplified characters into traditional ones).
    /// </summary>
    [YamlMember(Alias = "languages")]
    public List<string> Languages { get; set; } = ["chi_sim", "eng"];

    /// <summary>Seconds one image may take before tesseract is stopped and the page counted unread (default 120, 1 to 3600).</summary>
    [YamlMember(Alias = "timeout_seconds")]
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>The tesseract program: a name on PATH or a full path (default <c>tesseract</c>).</summary>
    [YamlMember(Alias = "program")]
    public string Program { get; set; } = "tesseract";

    /// <summary>Null when the settings are sound, else what is wrong in one line.</summary>
    public string? Validate()
    {
        if (TimeoutSeconds is < 1 or > 3600)
        {
            return "ocr.timeout_seconds must be between 1 and 3600";
        }

        if (Languages is null || Languages.Count == 0 || Languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Contains('+', StringComparison.Ordinal)))
        {
            return "ocr.languages must name at least one tesseract language, one per entry (chi_sim, chi_tra, eng)";
        }

        return string.IsNullOrWhiteSpace(Program) ? "ocr.program must name the tesseract program" : null;
    }

    /// <summary>The recognizer these settings describe: tesseract, or one that says OCR is off.</summary>
    public ITextRecognizer Recognizer() => Enabled
        ? new TesseractRecognizer(new TesseractOptions
        {
            Languages = [.. Languages.Select(l => l.Trim())],
            Executable = Program.Trim(),
            Timeout = TimeSpan.FromSeconds(TimeoutSeconds),
        })
        : new OcrOff();
}
