using System.Text.Json;
using Roots.Core.Classification;

namespace Roots.Bench.Classify;

/// <summary>Reads labelled texts from JSONL: one object per line with "label", "text" and optional "title".</summary>
internal static class JsonlReader
{
    public static List<LabeledText> Read(string path)
    {
        var samples = new List<LabeledText>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            string? label = root.TryGetProperty("label", out var l) ? l.GetString() : null;
            string? text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
            string? title = root.TryGetProperty("title", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            if (label is null || text is null)
            {
                throw new FormatException($"line {lineNumber} lacks a string \"label\" or \"text\"");
            }

            samples.Add(new LabeledText(label, text, title));
        }

        return samples;
    }
}
