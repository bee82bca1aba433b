using System.ComponentModel;
using System.Globalization;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots classify [ID...] [--dry-run] [--json]</c>: rules, then the trained classifier, on the given
/// items or on every item without a user tag. Prints what was applied and, apart, the suggestions
/// below <c>min_confidence</c> that were shown but not applied.
/// </summary>
public sealed class ClassifyCommand : LibraryCommand<ClassifyCommand.Settings>
{
    /// <summary>Options of <c>roots classify</c>.</summary>
    public sealed class Settings : LibrarySettings
    {
        /// <summary>Items to classify; none for every unlabelled item.</summary>
        [CommandArgument(0, "[ID]")]
        [Description("Item numbers or external ids (default: every item without a user tag or category).")]
        public string[] Ids { get; init; } = [];

        /// <summary>Decide and print, write nothing.</summary>
        [CommandOption("--dry-run")]
        [Description("Show what would be applied; change nothing.")]
        public bool DryRun { get; init; }
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, Settings settings, CancellationToken cancellationToken)
    {
        var result = await library.Classifier.ClassifyAsync(settings.Ids, settings.DryRun, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        var report = result.Value;
        if (report.ModelTrainedAt is null)
        {
            Terminal.Warn("no classifier trained yet, so only rules ran; train one with: roots classify train");
        }

        if (settings.Json)
        {
            JsonOutput.Write(new ClassifyReportJson(report.DryRun, report.ModelTrainedAt, report.Items.Select(ToJson).ToList()));
            return ExitCodes.Success;
        }

        foreach (var item in report.Items.Where(i => i.Applied.Count + i.Suggested.Count + i.Problems.Count > 0))
        {
            string applied = string.Join(", ", item.Applied.Select(d => "+" + Text(d)));
            string suggested = item.Suggested.Count == 0 ? "" : "  suggested, not applied: " + string.Join(", ", item.Suggested.Select(Text));
            Terminal.Line($"{item.ItemId}  {Printable.Line(item.Title)}: {Printable.Line(applied.Length == 0 ? "nothing applied" : applied)}{Printable.Line(suggested)}");
            foreach (string problem in item.Problems)
            {
                Terminal.Warn($"item {item.ItemId}: {problem}");
            }
        }

        int applications = report.Items.Sum(i => i.Applied.Count), suggestions = report.Items.Sum(i => i.Suggested.Count);
        Terminal.Line(string.Create(CultureInfo.InvariantCulture,
            $"{report.Items.Count} items: {applications} labels {(report.DryRun ? "would be applied" : "applied")}, {suggestions} suggestions shown, not applied (min_confidence {library.Config.Taxonomy.MinConfidence:0.##})"));
        return ExitCodes.Success;
    }

    private static string Text(LabelDecision decision)
    {
        string name = decision.Kind == "category" ? $"category {decision.Name}" : decision.Name;
        return decision.Origin == "classifier"
            ? string.Create(CultureInfo.InvariantCulture, $"{name} (classifier {decision.Confidence:0.00})")
            : $"{name} ({decision.Origin})";
    }

    private static ItemClassificationJson ToJson(ItemClassification item) => new(
        item.ItemId, item.Title, item.Applied.Select(ToJson).ToList(), item.Suggested.Select(ToJson).ToList(), item.Problems);

    private static LabelDecisionJson ToJson(LabelDecision d) => new(d.Kind, d.Name, d.Origin, d.Confidence);
}
