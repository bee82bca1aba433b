using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots add PATH... | -</c>: collects files and folders, or a note from stdin.</summary>
public sealed class AddCommand : AsyncCommand<AddCommand.Settings>
{
    /// <summary>Options of <c>roots add</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Files, folders, or '-' for stdin.</summary>
        [CommandArgument(0, "<PATH>")]
        [Description("Files or folders to collect (recursively), or '-' to read a note from stdin.")]
        public string[] Paths { get; init; } = [];

        /// <summary>Tags for everything added.</summary>
        [CommandOption("-t|--tag <TAG>")]
        [Description("A tag for everything added (repeat for more).")]
        public string[] Tags { get; init; } = [];

        /// <summary>A title for what is added.</summary>
        [CommandOption("--title <TITLE>")]
        [Description("A title for the item (for a single file or a note).")]
        public string? Title { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var opened = settings.OpenLibrary();
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value;
        var options = new AddOptions(settings.Tags, settings.Title);
        if (settings.Paths is ["-"])
        {
            string note = await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            return ReportRenderer.Render(await library.AddNoteAsync(note, options, cancellationToken).ConfigureAwait(false), settings.Json);
        }

        var report = await IngestProgressBar.RunAsync("adding", progress =>
            library.AddPathsAsync(settings.Paths, options, progress, cancellationToken)).ConfigureAwait(false);
        return ReportRenderer.Render(report, settings.Json);
    }
}
