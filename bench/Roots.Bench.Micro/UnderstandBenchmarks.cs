using BenchmarkDotNet.Attributes;
using Roots.Core.Identifiers;
using Roots.Core.Understanding;
using Roots.Core.Vectors;

namespace Roots.Bench.Micro;

/// <summary>
/// What understanding and connecting cost per 4 KB document (issue 4's budget: 2 ms for keywords,
/// summary, identifiers and classification together), and the vector scan behind semantic search.
/// </summary>
[MemoryDiagnoser]
public class UnderstandBenchmarks
{
    private readonly TitleMatcher _titles = new(Enumerable.Range(1, 100_000).Select(i => ((long)i, $"Synthetic title number {i} of the library")));
    private VectorMatrix _matrix = VectorMatrix.Empty(384);
    private float[] _query = [];

    [Params("en", "zh")]
    public string Language { get; set; } = "en";

    private string Text => Language == "zh" ? SampleTexts.Chinese : SampleTexts.English;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var builder = VectorMatrix.Create(384, 150_000);
        var row = new float[384];
        for (long id = 1; id <= 100_000; id++)
        {
            int passages = id % 2 == 0 ? 2 : 1;
            var vectors = new float[passages * 384];
            for (int k = 0; k < vectors.Length; k++)
            {
                vectors[k] = (float)(random.NextDouble() - 0.5);
            }

            builder.Add(id, vectors);
        }

        _matrix = builder.Build();
        _query = row.Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
    }

    [Benchmark]
    public int KeywordCandidatesOf() => KeywordCandidates.Of(Text).Terms.Count;

    [Benchmark]
    public string Summary() => ExtractiveSummarizer.Summarize(Text, Language);

    [Benchmark]
    public int Identifiers() => IdentifierExtractor.Extract(Text).Count;

    [Benchmark]
    public int MentionsAmong100kTitles() => _titles.FindIn(Text).Count;

    [Benchmark]
    public int Chunk() => TextChunker.Chunk("Title", Text).Count;

    [Benchmark]
    public int VectorScan150kPassages() => _matrix.Nearest(_query, 100, parallelism: Environment.ProcessorCount).Count;
}
