using System.Diagnostics;
using System.Text.Json;
using Roots.Bench.Classify;
using Roots.Core.Classification;

// classify-eval FILE.jsonl [--folds 5] [--seed 42] [--json] [--epochs N] [--max-features N] [--nb-weight N]

const string Usage = """
    usage: classify-eval FILE.jsonl [--folds 5] [--seed 42] [--json]
                         [--epochs 10] [--max-features 100000] [--nb-weight 3]
      FILE.jsonl  one {"id", "label", "text", optional "title"} per line
      --folds N   stratified folds (default 5)
      --seed N    seed of the fold shuffle (default 42)
      --json      print the report as one JSON document
      --epochs, --max-features, --nb-weight
                  override a trainer default (--epochs 0: complement naive Bayes alone;
                  --nb-weight 0: softmax regression started from zero)
    Prints accuracy, macro-F1, per-label precision/recall/F1, timings, and the cost of training
    on everything and predicting every text with analysis (the figure a library pays per item).
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

if (!Arguments.TryParse(args, out var arguments, out string? usageError))
{
    Console.Error.WriteLine($"classify-eval: {usageError}");
    return 2;
}

List<LabeledText> samples;
try
{
    samples = JsonlReader.Read(arguments.Path);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
{
    Console.Error.WriteLine($"classify-eval: cannot read {arguments.Path}: {e.Message}");
    return 1;
}

EvaluationReport report;
var total = Stopwatch.StartNew();
try
{
    report = CrossValidation.Evaluate(samples, arguments.Folds, arguments.Seed, arguments.Options);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"classify-eval: {e.Message.Split(" (Parameter", 2)[0]}");
    return 1;
}

total.Stop();
var full = FullModel.Measure(samples, arguments.Options);

if (arguments.Json)
{
    ReportWriter.WriteJson(Console.OpenStandardOutput(), arguments.Path, report, total.Elapsed, full);
}
else
{
    ReportWriter.WriteText(Console.Out, arguments.Path, report, total.Elapsed, full);
}

return 0;
