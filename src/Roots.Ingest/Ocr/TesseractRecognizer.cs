using System.Globalization;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Ocr;

/// <summary>
/// OCR by the <c>tesseract</c> program (Debian's <c>tesseract-ocr</c>), run as a process per image with the image
/// on its standard input: robust on Linux, where the NuGet wrappers bring Windows natives. On first use it asks
/// <c>tesseract --list-langs</c> once which languages are installed, and keeps those of
/// <see cref="TesseractOptions.Languages"/> that are. Thread-safe; one process per call.
/// </summary>
public sealed class TesseractRecognizer : ITextRecognizer
{
    private readonly TesseractOptions _options;
    private readonly Lazy<(string Languages, string? Unavailable)> _probe;

    /// <summary>Creates a recognizer; nothing runs until it is first used.</summary>
    public TesseractRecognizer(TesseractOptions? options = null)
    {
        _options = options ?? new TesseractOptions();
        _probe = new Lazy<(string, string?)>(Probe, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Languages => _probe.Value.Languages;

    /// <inheritdoc />
    public string? UnavailableReason => _probe.Value.Unavailable;

    /// <inheritdoc />
    public Result<string> Recognize(ReadOnlyMemory<byte> image, int? dpi, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (UnavailableReason is { } unavailable)
        {
            return Result<string>.Fail(unavailable);
        }

        List<string> arguments = ["stdin", "stdout", "-l", Languages];
        if (dpi is >= 70 and <= 2400)
        {
            arguments.AddRange(["--dpi", dpi.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        var run = BoundedProcess.Run(_options.Executable, arguments, image, _options.Timeout, _options.MaxTextLength, cancellationToken);
        if (!run.IsSuccess)
        {
            return Result<string>.Fail($"tesseract {run.Error}");
        }

        if (run.Value.ExitCode != 0)
        {
            return Result<string>.Fail($"tesseract failed (exit {run.Value.ExitCode}): {LastLine(run.Value.Errors)}");
        }

        return OcrText.Tidy(run.Value.Output);
    }

    private (string Languages, string? Unavailable) Probe()
    {
        var wanted = string.Join('+', _options.Languages);
        var run = BoundedProcess.Run(_options.Executable, ["--list-langs"], ReadOnlyMemory<byte>.Empty, TimeSpan.FromSeconds(30), 64 * 1024, CancellationToken.None);
        if (!run.IsSuccess)
        {
            return (wanted, $"tesseract is {run.Error} ({TesseractOptions.InstallHint})");
        }

        // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (4):" then one per line; some builds print it on stderr.
        var installed = (run.Value.Output + "\n" + run.Value.Errors)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var usable = _options.Languages.Where(installed.Contains).ToList();
        return usable.Count == 0
            ? (wanted, $"tesseract has none of the languages {wanted} installed ({TesseractOptions.InstallHint})")
            : (string.Join('+', usable), null);
    }

    private static string LastLine(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }
}
