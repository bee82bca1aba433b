using BenchmarkDotNet.Attributes;
using Roots.Core.Analysis;
using Roots.Core.Search;

namespace Roots.Bench.Micro;

/// <summary>Building a highlighted snippet for one result of a search.</summary>
[MemoryDiagnoser]
public class SnippetBenchmarks
{
    private readonly List<string> _chineseQuery = TextAnalyzer.Terms("中文分词 搜索");
    private readonly List<string> _englishQuery = TextAnalyzer.Terms("archive national library");

    [Benchmark]
    public Snippet Chinese() => SnippetBuilder.Build(SampleTexts.Chinese, _chineseQuery);

    [Benchmark]
    public Snippet English() => SnippetBuilder.Build(SampleTexts.English, _englishQuery);
}
