using System.Text.Json;
using Roots.Core;
using Roots.Core.Classification;

namespace Roots.App.UseCases;

/// <summary>
/// <c>roots classify evaluate</c>: how well the learned classifier would do on a labelled JSONL file
/// (<c>id</c>, <c>label</c>, <c>text</c>, optional <c>title</c> per line), by stratified k-fold
/// cross-validation. Needs no library and no model provider.
/// </summary>
public static class ClassifierEvaluation
{
    /// <summary>Reads <paramref name="path"/> and cross-validates; a bad line or an unusable set gives a one-line reason.</summary>
    public static Result<EvaluationReport> Run(string path, int folds, int seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Result<EvaluationReport>.Fail($"no such file: {path}");
        }

        var samples = new List<LabeledText>();
        long number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var sample = Parse(line);
            if (sample is null)
            {
                return Result<EvaluationReport>.Fail($"{path}:{number}: expected a JSON object with string fields label and text");
            }

            samples.Add(sample);
        }

        try
        {
            return CrossValidation.Evaluate(samples, folds, seed);
        }
        catch (ArgumentException e)
        {
            return Result<EvaluationReport>.Fail(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static LabeledText? Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new LabeledText(label.GetString()!, text.GetString()!, title);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
