using Roots.App.Ingest;
using Roots.Cli.Infrastructure;
using Spectre.Console;

namespace Roots.Cli.Rendering;

/// <summary>Prints what a collection run did and decides its exit code.</summary>
public static class ReportRenderer
{
    /// <summary>At most this many failures and duplicates are listed one by one; the rest are counted.</summary>
    public const int MaxListed = 50;

    /// <summary>Renders <paramref name="report"/> (as text on stderr or JSON on stdout) and returns the exit code.</summary>
    public static int Render(IngestReport report, bool json)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (json)
        {
            JsonOutput.Write(JsonOutput.ToJson(report));
        }
        else
        {
            foreach (var duplicate in report.Duplicates.Take(MaxListed))
            {
                Terminal.Err.MarkupLineSafe($"[grey]duplicate[/] {duplicate.Label}: same content as item {duplicate.ExistingItemId}, not stored twice");
            }

            foreach (var failure in report.Failures.Take(MaxListed))
            {
                Terminal.Err.MarkupLineSafe($"[red]failed[/] {failure.Label}: {failure.Reason}");
            }

            RenderSkipped(report.Skipped);
            foreach (var attachment in report.AttachmentsNotRead.Take(MaxListed))
            {
                Terminal.Err.MarkupLineSafe($"[grey]not collected[/] {attachment.Label}: {attachment.Reason}; listed by name on its message");
            }

            int hidden = Math.Max(0, report.Failures.Count - MaxListed) + Math.Max(0, report.Duplicates.Count - MaxListed)
                + Math.Max(0, report.AttachmentsNotRead.Count - MaxListed);
            if (hidden > 0)
            {
                Terminal.Err.MarkupLineSafe($"[grey]… and {hidden} more (use --json for the full list)[/]");
            }

            string ocred = report.OcrPages > 0 ? $", {Pages(report.OcrPages)} OCRed" : "";
            string listed = AttachmentsLine(report.AttachmentsNotRead.Count);
            Terminal.Err.MarkupLineSafe(
                $"[green]{report.Added} added[/], {report.Updated} updated, {report.Unchanged} unchanged, {report.Duplicates.Count} duplicates, [red]{report.Failures.Count} failed[/]{ocred}{listed}");
            foreach (string problem in report.StepProblems)
            {
                Terminal.Err.MarkupLineSafe($"[yellow]warning[/]: a step after keeping failed, its links or labels are missing for this run ({problem})");
            }

            if (report.UnreadPages > 0)
            {
                Terminal.Err.MarkupLineSafe($"[yellow]warning[/]: {UnreadLine(report)}");
            }
            if (report.Interrupted)
            {
                Terminal.Err.MarkupLine("[yellow]interrupted[/]: what was done is kept; run the same command again to continue");
            }

            if (report.StoppedByDiskFull is { } diskFull)
            {
                Terminal.Err.MarkupLineSafe($"[red]stopped[/]: {diskFull}");
            }
        }

        if (report.StoppedByDiskFull is not null)
        {
            // Not a partial success of the inputs: the run as a whole could not go on (the store failing is exit 1 too).
            return ExitCodes.Failure;
        }

        if (report.Interrupted)
        {
            return ExitCodes.Interrupted;
        }

        if (report.Failures.Count == 0)
        {
            return ExitCodes.Success;
        }

        return report.Failures.Count == report.Processed ? ExitCodes.Failure : ExitCodes.Partial;
    }

    /// <summary>
    /// The one line about pages kept unread: <c>3 pages had no text layer and were not read: tesseract is not
    /// installed (apt-get install …); the items are kept</c>.
    /// </summary>
    public static string UnreadLine(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var were = report.UnreadPages == 1 ? "was" : "were";
        return $"{Pages(report.UnreadPages)} had no text layer and {were} not read: {report.UnreadReason ?? "OCR is unavailable"}; the items are kept";
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    /// <summary>The summary's note on attachments not collected: <c>, 2 attachments listed by name only</c>; empty for none.</summary>
    private static string AttachmentsLine(int count) => count switch
    {
        0 => "",
        1 => ", 1 attachment listed by name only",
        _ => $", {count} attachments listed by name only",
    };

    /// <summary>One line per thing left out while walking folders (a library folder, a fifo): what and why.</summary>
    public static void RenderSkipped(IEnumerable<FailedInput> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        foreach (var skip in skipped.Take(MaxListed))
        {
            Terminal.Err.MarkupLineSafe($"[grey]skipped[/] {skip.Label}: {skip.Reason}");
        }
    }
}
