using System.Globalization;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary>
/// <c>roots classify train [--json]</c>: learns from the user's own tags and categories and saves the
/// model in the library (<c>models/classifier.json</c>); prints the labels it learned and a quick
/// cross-validated accuracy when there is enough data.
/// </summary>
public sealed class ClassifyTrainCommand : LibraryCommand<LibrarySettings>
{
    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(App.Library library, LibrarySettings settings, CancellationToken cancellationToken)
    {
        var result = await library.Classifier.TrainAsync(cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        var report = result.Value;
        if (settings.Json)
        {
            JsonOutput.Write(new ClassifierTrainingJson(report.ModelPath, report.TrainedAt, report.Items,
                report.Labels.Select(l => new LabelCountJson(l.Kind, l.Label, l.Items, l.Trained)).ToList(),
                Round(report.CategoryAccuracy), Round(report.TagAccuracy), Round(report.TagMicroF1)));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("kind", "label", "items", "model");
        foreach (var label in report.Labels)
        {
            table.AddRow(label.Kind, Printable.Markup(label.Label), label.Items.ToString(CultureInfo.InvariantCulture),
                label.Trained ? "yes" : "no (too few, or not in the taxonomy)");
        }

        Terminal.Out.Write(table);
        Terminal.Line($"trained on {report.Items} labelled items; saved to {Printable.Line(report.ModelPath)}");
        if (report.CategoryAccuracy is { } category)
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"category accuracy {category:0.000} (cross-validated)"));
        }

        if (report.TagAccuracy is not null || report.TagMicroF1 is not null)
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture,
                $"tags: top tag right {report.TagAccuracy:0.000}, micro-F1 {report.TagMicroF1:0.000} at min_confidence (cross-validated)"));
        }
        else if (report.CategoryAccuracy is null)
        {
            Terminal.Line("too few labelled items for a cross-validated accuracy (20 or more give one)");
        }

        return ExitCodes.Success;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
