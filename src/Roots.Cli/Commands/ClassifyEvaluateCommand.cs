using System.ComponentModel;
using System.Globalization;
using Roots.App.UseCases;
using Roots.Cli.Infrastructure;
using Roots.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Roots.Cli.Commands;

/// <summary><c>roots classify evaluate --labels FILE.jsonl [--folds 5] [--seed 42] [--json]</c>.</summary>
public sealed class ClassifyEvaluateCommand : Command<ClassifyEvaluateCommand.Settings>
{
    /// <summary>Options of <c>roots classify evaluate</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The labelled file.</summary>
        [CommandOption("--labels <FILE>")]
        [Description("A JSONL file with id, label, text and optional title per line.")]
        public string? Labels { get; init; }

        /// <summary>Number of folds.</summary>
        [CommandOption("--folds <N>")]
        [Description("Stratified folds (default 5).")]
        public int Folds { get; init; } = 5;

        /// <summary>The shuffle seed.</summary>
        [CommandOption("--seed <N>")]
        [Description("Seed of the fold shuffle (default 42).")]
        public int Seed { get; init; } = 42;

        /// <summary>Print JSON.</summary>
        [CommandOption("--json")]
        [Description("Print one JSON document.")]
        public bool Json { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Labels is null ? ValidationResult.Error("--labels FILE is required")
            : Folds is < 2 or > 100 ? ValidationResult.Error("--folds must be between 2 and 100")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = ClassifierEvaluation.Run(settings.Labels!, settings.Folds, settings.Seed);
        if (!result.IsSuccess)
        {
            Terminal.Error(result.Error!);
            return ExitCodes.Failure;
        }

        var report = result.Value;
        if (settings.Json)
        {
            JsonOutput.Write(new ClassifyEvaluationJson(
                report.SampleCount, report.Folds, report.Seed, Math.Round(report.Accuracy, 4), Math.Round(report.MacroF1, 4),
                report.PerLabel.Select(l => new LabelMetricsJson(l.Label, Math.Round(l.Precision, 4), Math.Round(l.Recall, 4), Math.Round(l.F1, 4), l.Support)).ToList()));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("label", "precision", "recall", "F1", "support");
        foreach (var label in report.PerLabel)
        {
            table.AddRow(Printable.Markup(label.Label), F(label.Precision), F(label.Recall), F(label.F1), label.Support.ToString(CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
        Terminal.Line(string.Create(CultureInfo.InvariantCulture,
            $"{report.Folds}-fold stratified, {report.SampleCount} texts: accuracy {report.Accuracy:0.0000}, macro-F1 {report.MacroF1:0.0000}"));
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
