using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots import FILE.jsonl</c>: imports one JSON document per line.</summary>
public sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
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
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var opened = settings.OpenLibrary();
        if (!opened.IsSuccess)
        {
            Terminal.Error(opened.Error!);
            return ExitCodes.Failure;
        }

        using var library = opened.Value;
        var report = await IngestProgressBar.RunAsync("importing", progress =>
            library.ImportAsync(settings.File, new AddOptions(settings.Tags), progress, cancellationToken)).ConfigureAwait(false);
        return ReportRenderer.Render(report, settings.Json);
    }
}
