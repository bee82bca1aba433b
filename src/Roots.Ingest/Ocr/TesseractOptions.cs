namespace Roots.Ingest.Ocr;

/// <summary>How <see cref="TesseractRecognizer"/> runs the <c>tesseract</c> program.</summary>
public sealed record TesseractOptions
{
    /// <summary>
    /// The languages asked for, in order of preference (default <c>chi_sim</c>, <c>eng</c>). Those not installed
    /// are left out; none installed makes OCR unavailable. <c>chi_tra</c> is not in the default: measured on the
    /// seeds' simplified Chinese pages it turns 时 into 時 and 个 into 個 (94 % against 99 % accuracy); add it for
    /// traditional Chinese scans.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = ["chi_sim", "eng"];

    /// <summary>The program to run: a name found on PATH or a full path (default <c>tesseract</c>).</summary>
    public string Executable { get; init; } = "tesseract";

    /// <summary>
    /// How long one image may take before the process is killed and the page counted unread (default 2 minutes;
    /// a clean A4 page at 300 dpi takes about 4 seconds on one core).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The most characters kept of one image's text (default 1,000,000): a runaway engine cannot fill memory.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>The Debian packages that bring tesseract and the default languages, for the one-line hint.</summary>
    public const string InstallHint = "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng";
}
