using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Roots.Core.Classification;

namespace Roots.Bench.Micro;

/// <summary>
/// What automatic tagging adds per 4 KB document: the taxonomy's rules (a dozen keyword, regex,
/// source and language rules, analysis included) and the library classifier's prediction (one
/// category model and one binary model per tag, trained on BBC News when ../shared/eval is there,
/// else on the quickstart samples). The issue's budget for all of understanding is 2 ms.
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private Taxonomy _taxonomy = Taxonomy.Empty;
    private LibraryClassifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        var items = TrainingItems();
        string[] labels = items.SelectMany(i => i.Tags).Distinct(StringComparer.Ordinal).ToArray();
        _taxonomy = Taxonomy.Create(new TaxonomyDefinition
        {
            Categories = labels,
            Tags = [.. labels.Select(l => new TaxonomyTag(l, [])), new TaxonomyTag("ai", ["AI", "人工智能"]), new TaxonomyTag("archiving", ["存档"])],
            Rules =
            [
                new TagRuleDefinition { Tag = "ai", Keywords = ["neural network", "machine learning", "大模型", "人工智能"] },
                new TagRuleDefinition { Tag = "ai", Regex = @"(?i)\bLLMs?\b" },
                new TagRuleDefinition { Tag = "archiving", Keywords = ["web archive", "WARC", "存档", "档案"] },
                new TagRuleDefinition { Tag = "archiving", Source = "feed:*archive*" },
                new TagRuleDefinition { Tag = labels[0], Keywords = ["local first", "本地优先"], Language = "en" },
                new TagRuleDefinition { Tag = labels[1], Keywords = ["search engine", "搜索引擎", "BM25"] },
                new TagRuleDefinition { Tag = labels[^1], Regex = @"\b10\.\d{4,9}/\S+\b" },
                new TagRuleDefinition { Category = labels[0], Keywords = ["abstract", "摘要", "references"] },
                new TagRuleDefinition { Category = labels[1], Keywords = ["breaking news", "新闻"] },
                new TagRuleDefinition { Category = labels[^1], Source = "*/notes/*" },
            ],
        }).Value;
        var options = LibraryClassifierOptions.Default with { MinItemsForCrossValidation = int.MaxValue };
        _classifier = new LibraryClassifierTrainer(options).Train(items, _taxonomy, DateTimeOffset.UnixEpoch).Classifier;
    }

    [Benchmark(Baseline = true)]
    public int RulesEnglish() => Rules(SampleTexts.English).Tags.Count;

    [Benchmark]
    public int RulesChinese() => Rules(SampleTexts.Chinese).Tags.Count;

    [Benchmark]
    public double PredictEnglish() => _classifier.Predict(SampleTexts.English, "A title").Tags[0].Confidence;

    [Benchmark]
    public double PredictChinese() => _classifier.Predict(SampleTexts.Chinese, "标题").Tags[0].Confidence;

    [Benchmark]
    public int RulesAndClassifierEnglish() =>
        AutoLabeler.Plan(_taxonomy, Rules(SampleTexts.English), _classifier.Predict(SampleTexts.English), [], [], null).ClassifierTags.Count;

    [Benchmark]
    public int RulesAndClassifierChinese() =>
        AutoLabeler.Plan(_taxonomy, Rules(SampleTexts.Chinese), _classifier.Predict(SampleTexts.Chinese), [], [], null).ClassifierTags.Count;

    private RuleOutcome Rules(string text) => _taxonomy.Rules.Evaluate(new RuleSubject("A title", text, "/home/me/notes/a.md", null, "en"));

    /// <summary>BBC News when the shared evaluation data is there; else the quickstart samples labelled by language.</summary>
    private static List<LabelledItem> TrainingItems()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string bbc = Path.Combine(dir.FullName, "shared", "eval", "bbc", "bbc.jsonl");
            if (File.Exists(bbc))
            {
                return File.ReadLines(bbc).Where(l => l.Length > 0).Select(line =>
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    string label = root.GetProperty("label").GetString()!;
                    return new LabelledItem(root.GetProperty("title").GetString() ?? "", root.GetProperty("text").GetString()!, [label], label);
                }).ToList();
            }
        }

        string[] english = SampleTexts.English.Split("\n\n"), chinese = SampleTexts.Chinese.Split("\n\n");
        return [.. english.Select(t => new LabelledItem("", t, ["english"], "english")), .. chinese.Select(t => new LabelledItem("", t, ["chinese"], "chinese"))];
    }
}
