using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots verify [--repair]</c>: re-hashes the archive and checks the database against it, both
/// ways; with <c>--repair</c>, first brings back what the archive and the sources can.
/// </summary>
public sealed class VerifyCommand : LibraryCommand<VerifyCommand.Settings>
{
    /// <summary>Options of <c>roots verify</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Repair before checking.</summary>
        [CommandOption("--repair")]
        [Description("First repair what can be: collect again the archived originals no item refers to (from their sidecars), " +
            "archive again damaged originals whose source file is unchanged, remove temporary files of killed runs, write every sidecar.")]
        public bool Repair { get; init; }
    }

    /// <inheritdoc />
    protected override string? RefusedOnReadOnly(App.Library library, Settings settings) =>
        settings.Repair ? library.ReadOnlyRefusal : null;

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        RepairReport? repair = null;
        if (settings.Repair)
        {
            repair = await library.Upkeep.RepairAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var report = await library.Upkeep.VerifyAsync(null, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(new VerifyJson(report.IsSound, report.Items, report.VersionsChecked, report.IndexEntries, report.UnreferencedOriginals, report.Problems)
            {
                RestorableOriginals = report.RestorableOriginals,
                StaleTemporaryFiles = report.StaleTemporaryFiles,
                MissingSidecars = report.MissingSidecars,
                Repair = repair is null ? null : new RepairJson(
                    repair.TemporaryFilesRemoved, repair.OriginalsRecovered, repair.Restored.Added, repair.Restored.Updated,
                    repair.Restored.Failures.Select(f => $"{f.Label}: {f.Reason}").ToList(), repair.Unrepairable, repair.SidecarsWritten),
            });
            return report.IsSound ? ExitCodes.Success : ExitCodes.Failure;
        }

        if (repair is not null)
        {
            RenderRepair(repair);
        }

        foreach (string problem in report.Problems)
        {
            Terminal.Err.MarkupLineSafe($"[red]problem[/] {problem}");
        }

        Terminal.Out.MarkupLine(
            (report.IsSound ? "[green]ok[/]" : "[red]not ok[/]") +
            $": {report.Items} items, {report.VersionsChecked} originals re-hashed, {report.IndexEntries} index entries, " +
            $"{report.UnreferencedOriginals} originals without an item, {report.Problems.Count} problems");
        if (report.MissingSidecars > 0)
        {
            Terminal.Out.MarkupLineSafe($"[grey]{report.MissingSidecars} originals have no sidecar yet (kept before sidecars existed); roots verify --repair writes them[/]");
        }

        return report.IsSound ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void RenderRepair(RepairReport repair)
    {
        foreach (var failure in repair.Restored.Failures.Take(ReportRenderer.MaxListed))
        {
            Terminal.Err.MarkupLineSafe($"[red]not restored[/] {failure.Label}: {failure.Reason}");
        }

        foreach (string line in repair.Unrepairable.Take(ReportRenderer.MaxListed))
        {
            Terminal.Err.MarkupLineSafe($"[red]not repaired[/] {line}");
        }

        Terminal.Err.WriteLine(
            $"repaired: {repair.Restored.Added} items and {repair.Restored.Updated} versions collected again from the archive, " +
            $"{repair.OriginalsRecovered} originals archived again from their sources, {repair.TemporaryFilesRemoved} temporary files removed, " +
            $"{repair.SidecarsWritten} sidecars written");
    }
}
