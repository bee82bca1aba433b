using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots add PATH... | -</c>: collects files and folders, or a note from stdin.</summary>
public sealed class AddCommand : LibraryCommand<AddCommand.Settings>
{
    /// <summary>Options of <c>roots add</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Files, folders, or '-' for stdin.</summary>
        [CommandArgument(0, "[PATH]")]
        [Description("Files or folders to collect (recursively), or '-' to read a note from stdin.")]
        public string[] Paths { get; init; } = [];

        /// <summary>Read a note from stdin ('-' on the command line means this).</summary>
        [CommandOption("--stdin")]
        [Description("Read a note from stdin (same as giving '-').")]
        public bool Stdin { get; init; }

        /// <summary>Tags for everything added.</summary>
        [CommandOption("-t|--tag <TAG>")]
        [Description("A tag for everything added (repeat for more).")]
        public string[] Tags { get; init; } = [];

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Stdin && Paths.Length > 0)
            {
                return ValidationResult.Error("give either paths or '-' (a note from stdin), not both");
            }

            return Stdin || Paths.Length > 0 ? ValidationResult.Success() : ValidationResult.Error("give files or folders to add, or '-' for stdin");
        }

        /// <summary>A title for what is added.</summary>
        [CommandOption("--title <TITLE>")]
        [Description("A title for the item (for a single file or a note).")]
        public string? Title { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var options = new AddOptions(settings.Tags, settings.Title);
        if (settings.Stdin)
        {
            string note = await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var noted = await library.AddNoteAsync(note, options, cancellationToken).ConfigureAwait(false);
            await AfterCollect.RunAsync(library, noted, settings.Json, cancellationToken).ConfigureAwait(false);
            return ReportRenderer.Render(noted, settings.Json);
        }

        var report = await IngestProgressBar.RunAsync("adding", progress =>
            library.AddPathsAsync(settings.Paths, options, progress, cancellationToken)).ConfigureAwait(false);
        await AfterCollect.RunAsync(library, report, settings.Json, cancellationToken).ConfigureAwait(false);
        return ReportRenderer.Render(report, settings.Json);
    }
}
