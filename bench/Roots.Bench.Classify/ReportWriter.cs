using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Roots.Core.Classification;

namespace Roots.Bench.Classify;

/// <summary>Renders an evaluation as text for people or as one JSON document for scripts.</summary>
internal static class ReportWriter
{
    private static readonly CultureInfo _inv = CultureInfo.InvariantCulture;

    public static void WriteText(TextWriter o, string path, EvaluationReport r, TimeSpan elapsed, FullModel full)
    {
        var t = r.Timings;
        o.WriteLine(string.Create(_inv, $"{Path.GetFileName(path)}: {r.SampleCount} texts, {r.Labels.Count} labels, {r.Folds}-fold stratified, seed {r.Seed}"));
        o.WriteLine(string.Create(_inv, $"accuracy  {r.Accuracy:F4}"));
        o.WriteLine(string.Create(_inv, $"macro-F1  {r.MacroF1:F4}"));
        o.WriteLine();
        int width = Math.Max(5, r.Labels.Max(l => l.Length));
        o.WriteLine($"{"label".PadRight(width)}  precision  recall      F1  support");
        foreach (var m in r.PerLabel)
        {
            o.WriteLine(string.Create(_inv, $"{m.Label.PadRight(width)}  {m.Precision,9:F4}  {m.Recall,6:F4}  {m.F1,6:F4}  {m.Support,7}"));
        }

        o.WriteLine();
        o.WriteLine(string.Create(_inv, $"elapsed   {elapsed.TotalSeconds:F2} s for cross-validation"));
        o.WriteLine(string.Create(_inv, $"analysis  {t.Analysis.TotalMilliseconds:F0} ms ({Micro(t.AnalysisPerDocument)} µs/text)"));
        o.WriteLine(string.Create(_inv, $"training  {t.Training.TotalMilliseconds:F0} ms ({Micro(t.TrainingPerDocument)} µs/text, analysis excluded, {t.TrainingDocuments} texts over {r.Folds} folds)"));
        o.WriteLine(string.Create(_inv, $"predict   {t.Prediction.TotalMilliseconds:F0} ms ({Micro(t.PredictionPerDocument)} µs/text, analysis excluded)"));
        o.WriteLine(string.Create(_inv, $"full model: trained on all {full.Documents} texts in {full.Training.TotalMilliseconds:F0} ms (with analysis); {full.Features} features; JSON {full.JsonChars / 1024.0 / 1024.0:F1} MiB, read back in {full.JsonRead.TotalMilliseconds:F0} ms"));
        o.WriteLine(string.Create(_inv, $"full model: Predict(text, title) with analysis {Micro(full.PredictionPerDocument)} µs/text"));
    }

    public static void WriteJson(Stream stream, string path, EvaluationReport r, TimeSpan elapsed, FullModel full)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        w.WriteStartObject();
        w.WriteString("file", path);
        w.WriteNumber("samples", r.SampleCount);
        w.WriteNumber("folds", r.Folds);
        w.WriteNumber("seed", r.Seed);
        w.WriteNumber("accuracy", Math.Round(r.Accuracy, 6));
        w.WriteNumber("macroF1", Math.Round(r.MacroF1, 6));
        w.WriteStartArray("labels");
        foreach (var m in r.PerLabel)
        {
            w.WriteStartObject();
            w.WriteString("label", m.Label);
            w.WriteNumber("precision", Math.Round(m.Precision, 6));
            w.WriteNumber("recall", Math.Round(m.Recall, 6));
            w.WriteNumber("f1", Math.Round(m.F1, 6));
            w.WriteNumber("support", m.Support);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("confusion");
        foreach (var row in r.ConfusionMatrix)
        {
            w.WriteStartArray();
            foreach (int v in row)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        var t = r.Timings;
        w.WriteStartObject("timings");
        w.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds, 1));
        w.WriteNumber("analysisMs", Math.Round(t.Analysis.TotalMilliseconds, 1));
        w.WriteNumber("trainingMs", Math.Round(t.Training.TotalMilliseconds, 1));
        w.WriteNumber("predictionMs", Math.Round(t.Prediction.TotalMilliseconds, 1));
        w.WriteNumber("analysisUsPerText", Math.Round(t.AnalysisPerDocument.TotalMicroseconds, 2));
        w.WriteNumber("trainingUsPerText", Math.Round(t.TrainingPerDocument.TotalMicroseconds, 2));
        w.WriteNumber("predictionUsPerText", Math.Round(t.PredictionPerDocument.TotalMicroseconds, 2));
        w.WriteNumber("fullTrainingMs", Math.Round(full.Training.TotalMilliseconds, 1));
        w.WriteNumber("fullPredictWithAnalysisUsPerText", Math.Round(full.PredictionPerDocument.TotalMicroseconds, 2));
        w.WriteEndObject();
        w.WriteStartObject("model");
        w.WriteNumber("features", full.Features);
        w.WriteNumber("jsonChars", full.JsonChars);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static string Micro(TimeSpan t) => t.TotalMicroseconds.ToString("F1", _inv);
}
