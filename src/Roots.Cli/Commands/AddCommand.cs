using System.ComponentModel;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots add PATH|URL... | -</c>: collects files and folders, web pages and PDFs by URL (<c>--from</c> a list), or a note from stdin.</summary>
public sealed class AddCommand : LibraryCommand<AddCommand.Settings>
{
    /// <summary>Options of <c>roots add</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Files, folders, or '-' for stdin.</summary>
        [CommandArgument(0, "[PATH]")]
        [Description("Files or folders to collect (recursively), http(s) URLs to fetch, or '-' to read a note from stdin.")]
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

            if ((From is not null && Paths.Length > 0) || (Urls.Length > 0 && Urls.Length != Paths.Length))
            {
                return ValidationResult.Error("give files and folders, URLs, or --from FILE: one kind per command");
            }

            return Stdin || Paths.Length > 0 || From is not null ? ValidationResult.Success() : ValidationResult.Error("give files, folders or URLs to add, --from FILE, or '-' for stdin");
        }

        /// <summary>A file listing URLs.</summary>
        [CommandOption("--from <FILE>")]
        [Description("Fetch the URLs listed in FILE: one per line, browser bookmarks HTML, Pocket CSV or a JSON export.")]
        public string? From { get; init; }

        /// <summary>Fetch URLs again, read files again.</summary>
        [CommandOption("--refresh")]
        [Description("Collect again what was collected before: URLs are fetched again and files read again even when their size and time are unchanged " +
            "(changed content becomes a new version; a damaged archived original is written again).")]
        public bool Refresh { get; init; }

        /// <summary>The arguments that are web addresses; the others are paths.</summary>
        public string[] Urls => [.. Paths.Where(IsUrl)];

        private static bool IsUrl(string argument) =>
            argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

        /// <summary>Queue instead of collecting.</summary>
        [CommandOption("--queue")]
        [Description("Only queue the files and URLs as jobs for roots worker processes (which may run on other machines sharing the store).")]
        public bool Queue { get; init; }

        /// <summary>A title for what is added.</summary>
        [CommandOption("--title <TITLE>")]
        [Description("A title for the item (for a single file or a note).")]
        public string? Title { get; init; }

        /// <summary>The items are the user's own work.</summary>
        [CommandOption("--own")]
        [Description("The items are your own work: publishing attributes them to site.authors when they name no author of their own (others' work never is).")]
        public bool Own { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var options = new AddOptions(settings.Tags, settings.Title, settings.Refresh, settings.Own);
        if (settings.Stdin)
        {
            string note = await Terminal.StdIn.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var noted = await library.Files.AddNoteAsync(note, options, cancellationToken).ConfigureAwait(false);
            await AfterCollect.RunAsync(library, noted, settings.Json, cancellationToken).ConfigureAwait(false);
            return ReportRenderer.Render(noted, settings.Json);
        }

        if (settings.Queue)
        {
            return await QueueAsync(library, settings, options, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Urls.Length > 0 || settings.From is not null)
        {
            // Web addresses go through the durable job queue (Validate keeps them apart from paths).
            var fetched = await IngestProgressBar.RunAsync("fetching", progress => settings.From is { } list
                ? library.Web.AddFromFileAsync(list, options, settings.Refresh, progress, cancellationToken)
                : library.Web.AddUrlsAsync(settings.Urls, options, settings.Refresh, progress, cancellationToken)).ConfigureAwait(false);
            await AfterCollect.RunAsync(library, fetched, settings.Json, cancellationToken).ConfigureAwait(false);
            return ReportRenderer.Render(fetched, settings.Json);
        }

        var report = await IngestProgressBar.RunAsync("adding", progress =>
            library.Files.AddPathsAsync(settings.Paths, options, progress, cancellationToken)).ConfigureAwait(false);
        await AfterCollect.RunAsync(library, report, settings.Json, cancellationToken).ConfigureAwait(false);
        return ReportRenderer.Render(report, settings.Json);
    }

    private static async Task<int> QueueAsync(App.Library library, Settings settings, AddOptions options, CancellationToken cancellationToken)
    {
        if (settings.Stdin || settings.From is not null)
        {
            Terminal.Error("--queue takes files, folders and URLs (a note or --from list is collected directly)");
            return ExitCodes.Usage;
        }

        string[] paths = [.. settings.Paths.Except(settings.Urls)];
        var report = await library.Queue.QueueAsync(paths, settings.Urls, options, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            ScaleJson.Write(new QueueJson(report.Queued, report.Known, [.. report.Failures.Select(f => new FailureJson(f.Label, f.Reason))]));
        }
        else
        {
            foreach (var failure in report.Failures.Take(ReportRenderer.MaxListed))
            {
                Terminal.Err.MarkupLineSafe($"[red]failed[/] {failure.Label}: {failure.Reason}");
            }

            ReportRenderer.RenderSkipped(report.Skipped);
            Terminal.Err.MarkupLineSafe($"[green]{report.Queued} queued[/], {report.Known} already queued or done; run roots worker to collect them");
        }

        return report.Failures.Count == 0 ? ExitCodes.Success : report.Queued + report.Known == 0 ? ExitCodes.Failure : ExitCodes.Partial;
    }
}
