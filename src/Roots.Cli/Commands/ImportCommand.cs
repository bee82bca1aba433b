using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots import FILE.jsonl</c>: imports one JSON document per line.</summary>
public sealed class ImportCommand : LibraryCommand<ImportCommand.Settings>
{
    /// <summary>Options of <c>roots import</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The JSONL file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("A JSONL file: one object per line with _id or id, title, text, and optional url, lang, tags, published.")]
        public string File { get; init; } = "";

        /// <summary>Tags for everything imported.</summary>
        [CommandOption("-t|--tag <TAG>")]
        [Description("A tag for everything imported (repeat for more).")]
        public string[] Tags { get; init; } = [];
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var report = await IngestProgressBar.RunAsync("importing", progress =>
            library.Files.ImportAsync(settings.File, new AddOptions(settings.Tags), progress, cancellationToken)).ConfigureAwait(false);
        await AfterCollect.RunAsync(library, report, settings.Json, cancellationToken).ConfigureAwait(false);
        return ReportRenderer.Render(report, settings.Json);
    }
}
