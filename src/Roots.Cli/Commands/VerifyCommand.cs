using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots verify</c>: re-hashes the archive and checks the database against it.</summary>
public sealed class VerifyCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, LibrarySettings settings) => null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var report = await library.VerifyAsync(null, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(new VerifyJson(report.IsSound, report.Items, report.VersionsChecked, report.IndexEntries, report.UnreferencedOriginals, report.Problems));
        }
        else
        {
            foreach (string problem in report.Problems)
            {
                Terminal.Err.MarkupLineSafe($"[red]problem[/] {problem}");
            }

            Terminal.Out.MarkupLine(
                (report.IsSound ? "[green]ok[/]" : "[red]not ok[/]") +
                $": {report.Items} items, {report.VersionsChecked} originals re-hashed, {report.IndexEntries} index entries, {report.Problems.Count} problems");
            if (report.UnreferencedOriginals > 0)
            {
                Terminal.Out.MarkupLineSafe(
                    $"[grey]{report.UnreferencedOriginals} archived originals belong to no item yet (left by an interrupted run; a re-run uses them)[/]");
            }
        }

        return report.IsSound ? ExitCodes.Success : ExitCodes.Failure;
    }
}
