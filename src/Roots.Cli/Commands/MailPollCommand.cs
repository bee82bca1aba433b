using System.ComponentModel;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots mail poll [ID|URL] [--json]</c>: collects the new messages of every mailbox, or of one.</summary>
public sealed class MailPollCommand : LibraryCommand<MailPollCommand.Settings>
{
    /// <summary>Options of <c>roots mail poll</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>One mailbox to poll; all when absent.</summary>
        [CommandArgument(0, "[MAILBOX]")]
        [Description("Poll only this mailbox (its id or URL); default: every mailbox.")]
        public string? Mailbox { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var polled = await IngestProgressBar.RunAsync("polling mail", progress =>
            library.Mail.PollAsync(settings.Mailbox, progress, cancellationToken)).ConfigureAwait(false);
        if (!polled.IsSuccess)
        {
            Terminal.Error(polled.Error!);
            return ExitCodes.Failure;
        }

        var report = polled.Value;
        await AfterCollect.RunAsync(library, report.Items, settings.Json, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            WebJson.Write(new MailPollReportJson(
                [.. report.Mailboxes.Select(m => new MailPollJson(m.Mailbox.Id, m.Mailbox.Url, m.Status, m.Messages, m.NewItems, m.Rescanned, m.Error))],
                JsonOutput.ToJson(report.Items)));
        }
        else
        {
            if (report.Mailboxes.Count == 0)
            {
                Terminal.Err.WriteLine("no mailboxes; subscribe with roots mail add imaps://user@host/INBOX");
            }

            foreach (var mailbox in report.Mailboxes)
            {
                string url = Printable.Markup(mailbox.Mailbox.Url);
                string rescanned = mailbox.Rescanned ? " (UIDVALIDITY changed: read again, duplicates not kept)" : "";
                Terminal.Err.MarkupLine(mailbox.Status switch
                {
                    "failed" => $"[red]failed[/] {url}: {Printable.Markup(mailbox.Error ?? "")}" + (mailbox.Messages > 0 ? $" ({mailbox.NewItems} new kept before that)" : ""),
                    "new" => $"[green]{mailbox.NewItems} new[/] {url}{rescanned}",
                    _ => $"[grey]{mailbox.Status}[/] {url}{rescanned}",
                });
            }
        }

        int items = settings.Json ? ExitCodeOf(report.Items) : ReportRenderer.Render(report.Items, json: false);
        int failed = report.Mailboxes.Count(m => m.Status == "failed");
        if (items != ExitCodes.Success || failed == 0)
        {
            return items;
        }

        return failed == report.Mailboxes.Count ? ExitCodes.Failure : ExitCodes.Partial;
    }

    private static int ExitCodeOf(App.Ingest.IngestReport report) =>
        report.Interrupted ? ExitCodes.Interrupted
        : report.Failures.Count == 0 ? ExitCodes.Success
        : report.Failures.Count == report.Processed ? ExitCodes.Failure
        : ExitCodes.Partial;
}
