namespace Roots.Ingest.Extraction;

/// <summary>
/// The one-line failure reasons every extractor shares, spelled once so that the CLI and the web
/// API show the same words for the same problem.
/// </summary>
internal static class ExtractionReasons
{
    public const string EmptyFile = "empty file";
    public const string NoText = "no text in document";
    public const string Binary = "binary file (not text, Markdown, HTML or PDF)";

    /// <summary>Longest reason taken from an exception message; the rest is cut with an ellipsis.</summary>
    private const int MaxMessageLength = 200;

    /// <summary>
    /// Turns an exception message into one short line: libraries put newlines, stack-like detail
    /// and very long dumps in messages, and a reason is shown to a person on one line.
    /// </summary>
    public static string OneLine(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return "unknown error";
        }

        var line = string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxMessageLength ? line : string.Concat(line.AsSpan(0, MaxMessageLength), "…");
    }
}
