using Roots.App.Models;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots tag ID... --model [NAME] [--yes]</c>: the estimate first, then one model call per item (cached by
/// content), tags only from the taxonomy; answers outside it are dropped and counted.
/// </summary>
internal static class ModelTagging
{
    public static async Task<int> RunAsync(App.Library library, IReadOnlyList<string> ids, string? model, bool yes, bool json, CancellationToken cancellationToken)
    {
        string? chosen = string.IsNullOrWhiteSpace(model) ? null : model;
        var (r, exit) = await PaidBatch.RunAsync<ModelTagReport>(
            ct => library.ModelTags.PlanModelTagsAsync(ids, chosen, ct),
            ct => library.ModelTags.TagWithModelAsync(ids, chosen, ct), yes, "tag --model", cancellationToken).ConfigureAwait(false);
        if (r is null)
        {
            return exit;
        }

        if (json)
        {
            ModelsJson.Write(new ModelTagReportJson(
                [.. r.Items.Select(i => new ModelTagJsonLine(i.ItemId, i.Title, i.Chosen, i.Added, i.Blocked, i.Dropped, i.By, i.Cached))], r.Dropped, r.StoppedBecause));
        }
        else
        {
            foreach (var i in r.Items)
            {
                Terminal.Out.MarkupLineSafe($"[bold]{i.ItemId}[/]  {i.Title}  [grey]({i.By}{(i.Cached ? ", cached" : "")})[/]");
                Terminal.Line(Printable.Line("  tags: " + (i.Chosen.Count == 0 ? "none" : string.Join(", ", i.Chosen))
                    + (i.Added.Count > 0 ? "  added: " + string.Join(", ", i.Added) : "")
                    + (i.Blocked.Count > 0 ? "  kept off (you removed them): " + string.Join(", ", i.Blocked) : "")));
            }

            if (r.Dropped > 0)
            {
                Terminal.Line($"dropped {r.Dropped} answer{(r.Dropped == 1 ? "" : "s")} outside the taxonomy");
            }
        }

        if (r.StoppedBecause is { } reason)
        {
            Terminal.Error($"stopped after {r.Items.Count} of {ids.Count}: {reason}");
            return r.Items.Count > 0 ? ExitCodes.Partial : ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
