using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots watch DIR</c>: collects files dropped into a folder until Ctrl-C.</summary>
public sealed class WatchCommand : LibraryCommand<WatchCommand.Settings>
{
    /// <summary>Options of <c>roots watch</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The folder to watch.</summary>
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to watch (recursively).")]
        public string Directory { get; init; } = "";

        /// <summary>Tags for everything added.</summary>
        [CommandOption("-t|--tag <TAG>")]
        [Description("A tag for everything added (repeat for more).")]
        public string[] Tags { get; init; } = [];

        /// <summary>Seconds between rescans.</summary>
        [CommandOption("--rescan <SECONDS>")]
        [Description("Rescan the folder this often even without file events (default 60).")]
        public int RescanSeconds { get; init; } = 60;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            System.IO.Directory.Exists(Directory) ? RescanSeconds is >= 1 and <= 86_400 ? ValidationResult.Success() : ValidationResult.Error("--rescan must be between 1 and 86400 seconds")
            : ValidationResult.Error($"no such folder: {Directory}");
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        string directory = Path.GetFullPath(settings.Directory);
        Terminal.Err.WriteLine($"watching {Printable.Line(directory)}; Ctrl-C stops");
        await library.Watched.WatchAsync(directory, new AddOptions(settings.Tags), report =>
        {
            foreach (var failure in report.Failures)
            {
                Terminal.Err.MarkupLineSafe($"[red]failed[/] {failure.Label}: {failure.Reason}");
            }

            Rendering.ReportRenderer.RenderSkipped(report.Skipped);
            if (report.StoppedByDiskFull is { } diskFull)
            {
                // Watching goes on: the next round tries again, one file, not the whole folder.
                Terminal.Err.MarkupLineSafe($"[red]stopped this round[/]: {diskFull}");
            }

            Terminal.Err.MarkupLineSafe($"[green]{report.Added} added[/], {report.Updated} updated, {report.Duplicates.Count} duplicates, {report.Failures.Count} failed");
        }, TimeSpan.FromSeconds(settings.RescanSeconds), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
