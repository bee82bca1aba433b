using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots feed poll [--all]</c>: collects the new entries of the feeds that are due.</summary>
public sealed class FeedPollCommand : LibraryCommand<FeedPollCommand.Settings>
{
    /// <summary>Options of <c>roots feed poll</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Poll every feed, due or not.</summary>
        [CommandOption("--all")]
        [Description("Poll every feed, not only those that are due.")]
        public bool All { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var report = await IngestProgressBar.RunAsync("polling", progress =>
            library.Feeds.PollAsync(settings.All, progress, cancellationToken)).ConfigureAwait(false);
        await AfterCollect.RunAsync(library, report.Items, settings.Json, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(new FeedPollReportJson(
                [.. report.Feeds.Select(f => new FeedPollJson(f.Feed.Id, f.Feed.Url, f.Status, f.NewEntries, f.Error))],
                JsonOutput.ToJson(report.Items)));
        }
        else
        {
            if (report.Feeds.Count == 0)
            {
                Terminal.Err.WriteLine("no feed is due (--all polls them all)");
            }

            foreach (var feed in report.Feeds)
            {
                string line = feed.Status switch
                {
                    "failed" => $"[red]failed[/] {Printable.Markup(feed.Feed.Url)}: {Printable.Markup(feed.Error ?? "")}",
                    "new" => $"[green]{feed.NewEntries} new[/] {Printable.Markup(feed.Feed.Url)}",
                    _ => $"[grey]{feed.Status}[/] {Printable.Markup(feed.Feed.Url)}",
                };
                Terminal.Err.MarkupLine(line);
            }
        }

        int items = settings.Json ? ExitCodeOf(report.Items) : ReportRenderer.Render(report.Items, json: false);
        int failedFeeds = report.Feeds.Count(f => f.Status == "failed");
        if (items != ExitCodes.Success || failedFeeds == 0)
        {
            return items;
        }

        return failedFeeds == report.Feeds.Count ? ExitCodes.Failure : ExitCodes.Partial;
    }

    private static int ExitCodeOf(App.Ingest.IngestReport report) =>
        report.Interrupted ? ExitCodes.Interrupted
        : report.Failures.Count == 0 ? ExitCodes.Success
        : report.Failures.Count == report.Processed ? ExitCodes.Failure
        : ExitCodes.Partial;
}
