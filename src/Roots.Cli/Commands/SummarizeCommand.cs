using System.ComponentModel;
using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots summarize ID... [--model M] [--yes]</c>: model summaries, estimate shown first and
/// confirmed (or <c>--yes</c>); cached by content, provenance <c>model:NAME</c>.
/// </summary>
public sealed class SummarizeCommand : LibraryCommand<SummarizeCommand.Settings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Ids.Length == 0)
        {
            Terminal.Error("name the items to summarise: roots summarize ID...");
            return ExitCodes.Usage;
        }

        var (r, exit) = await PaidBatch.RunAsync<SummaryReport>(
            ct => library.Models.PlanSummariesAsync(settings.Ids, settings.Model, ct),
            ct => library.Models.SummarizeAsync(settings.Ids, settings.Model, ct), settings.Yes, "summarize", cancellationToken).ConfigureAwait(false);
        if (r is null)
        {
            return exit;
        }

        if (settings.Json)
        {
            ModelsJson.Write(new SummaryReportJson([.. r.Summaries.Select(s => new SummaryJsonLine(s.ItemId, s.Title, s.Summary, s.By, s.Cached))], r.StoppedBecause));
        }
        else
        {
            foreach (var s in r.Summaries)
            {
                Terminal.Out.MarkupLineSafe($"[bold]{s.ItemId}[/]  {s.Title}  [grey]({s.By}{(s.Cached ? ", cached" : "")})[/]");
                Terminal.Line("  " + s.Summary);
            }
        }

        if (r.StoppedBecause is { } reason)
        {
            Terminal.Error($"stopped after {r.Summaries.Count} of {settings.Ids.Length}: {reason}");
            return r.Summaries.Count > 0 ? ExitCodes.Partial : ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    /// <summary>Options of <c>roots summarize</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>The items.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("Item numbers or external ids.")]
        public string[] Ids { get; init; } = [];

        /// <summary>The model.</summary>
        [CommandOption("--model <MODEL>")]
        [Description("The model (default: the first provider's first model).")]
        public string? Model { get; init; }

        /// <summary>Skip the confirmation.</summary>
        [CommandOption("--yes|-y")]
        [Description("Run without asking after showing the estimate (for scripts).")]
        public bool Yes { get; init; }
    }
}
