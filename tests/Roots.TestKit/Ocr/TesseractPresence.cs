using System.Diagnostics;

namespace Roots.TestKit.Ocr;

/// <summary>
/// Whether the real <c>tesseract</c> with Chinese (simplified) and English is installed (CI installs it: Debian
/// <c>tesseract-ocr</c>, <c>tesseract-ocr-chi-sim</c>, <c>tesseract-ocr-eng</c>); tests that need it skip, saying why, without it.
/// </summary>
public static class TesseractPresence
{
    /// <summary>Why OCR tests cannot run here; null when they can.</summary>
    public static string? UnavailableReason { get; } = Probe();

    private static string? Probe()
    {
        const string Install = "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng";
        try
        {
            var start = new ProcessStartInfo("tesseract", "--list-langs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var listed = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            var languages = listed.Split('\n', StringSplitOptions.TrimEntries);
            return languages.Contains("chi_sim") && languages.Contains("eng") ? null : $"tesseract lacks chi_sim or eng: {Install}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"tesseract is not installed: {Install}";
        }
    }
}
