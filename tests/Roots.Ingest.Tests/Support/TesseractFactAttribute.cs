using Roots.TestKit.Ocr;

namespace Roots.Ingest.Tests.Support;

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
