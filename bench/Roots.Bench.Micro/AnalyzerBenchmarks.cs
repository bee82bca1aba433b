using System.Text;
using BenchmarkDotNet.Attributes;
using Roots.Core.Analysis;

namespace Roots.Bench.Micro;

/// <summary>Index-time analysis of a 4 KB document; bigrams alone are the baseline for Chinese.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly StringBuilder _builder = new(16 * 1024);

    [Benchmark(Baseline = true)]
    public int ChineseBigramsOnly() => Analyze(SampleTexts.Chinese, ChineseIndexing.Bigrams);

    [Benchmark]
    public int ChineseWordsAndBigrams() => Analyze(SampleTexts.Chinese, ChineseIndexing.WordsAndBigrams);

    [Benchmark]
    public int English() => Analyze(SampleTexts.English, ChineseIndexing.WordsAndBigrams);

    [Benchmark]
    public string DetectLanguage() => LanguageDetector.Detect(SampleTexts.Chinese);

    private int Analyze(string text, ChineseIndexing mode)
    {
        _builder.Clear();
        var sink = new SpaceJoinedSink(_builder);
        TextAnalyzer.Analyze(text, ref sink, mode);
        return sink.Count;
    }
}
