// Dumps Roots' analysed terms of a BEIR JSONL file (title and text, as words and as words+bigrams) for
// variants.py, which replays FTS5's bm25() over index variants:
//   dotnet run bench/shortzh/dump-terms.cs -- IN.jsonl OUT.jsonl
#:project ../../src/Roots.Core/Roots.Core.csproj
using System.Text.Json;
using Roots.Core.Analysis;

using var output = File.Create(args[1]);
foreach (string line in File.ReadLines(args[0]))
{
    var record = JsonDocument.Parse(line).RootElement;
    string title = record.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
    string text = record.GetProperty("text").GetString() ?? "";
    using (var writer = new Utf8JsonWriter(output))
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.GetProperty("_id").GetString());
        Terms(writer, "tw", TextAnalyzer.Terms(title, ChineseIndexing.Words));
        Terms(writer, "twb", TextAnalyzer.Terms(title, ChineseIndexing.WordsAndBigrams));
        Terms(writer, "bw", TextAnalyzer.Terms(text, ChineseIndexing.Words));
        Terms(writer, "bwb", TextAnalyzer.Terms(text, ChineseIndexing.WordsAndBigrams));
        writer.WriteString("title", title);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    output.WriteByte((byte)'\n');
}

static void Terms(Utf8JsonWriter writer, string name, List<string> terms)
{
    writer.WriteStartArray(name);
    foreach (string term in terms)
    {
        writer.WriteStringValue(term);
    }

    writer.WriteEndArray();
}
