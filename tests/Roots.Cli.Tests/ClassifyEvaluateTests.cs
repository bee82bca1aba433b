using System.Text.Json;

namespace Roots.Cli.Tests;

public sealed class ClassifyEvaluateTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Evaluate_LabelledFile_PrintsAccuracyAndPerLabelScores()
    {
        var lines = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = $"t{i}", label = "tea", text = $"oolong green tea leaves brewing teapot {i}" }));
            lines.Add(JsonSerializer.Serialize(new { id = $"a{i}", label = "archive", text = $"warc crawler national library deposit {i}" }));
        }

        string file = _lib.Write("labels.jsonl", string.Join('\n', lines));

        var outcome = await RootsProcess.RunAsync(["classify", "evaluate", "--labels", file, "--folds", "5", "--json"]);

        Assert.Equal(0, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal(20, report.GetProperty("samples").GetInt32());
        Assert.Equal(1.0, report.GetProperty("accuracy").GetDouble());
        Assert.Equal(["archive", "tea"], report.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Evaluate_TooFewExamples_ExitsOneWithAReason()
    {
        string file = _lib.Write("few.jsonl", """{"label":"a","text":"x"}""" + "\n" + """{"label":"b","text":"y"}""");

        var outcome = await RootsProcess.RunAsync(["classify", "evaluate", "--labels", file]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("roots: error:", outcome.Stderr, StringComparison.Ordinal);
    }
}
