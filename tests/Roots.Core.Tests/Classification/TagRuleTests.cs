using System.Diagnostics;
using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class TagRuleTests
{
    private static readonly SynonymResolver _synonyms = SynonymResolver.Create([new TaxonomyTag("ai", ["AI", "人工智能"])]).Value;

    private static TagRule Rule(TagRuleDefinition definition, TimeSpan? timeout = null)
    {
        var rule = TagRule.Create(definition, 1, _synonyms, timeout);
        Assert.True(rule.IsSuccess, rule.Error);
        return rule.Value;
    }

    private static RuleSubject Subject(string text, string title = "", string source = "/notes/a.md", string? url = null, string? lang = "en") =>
        new(title, text, source, url, lang);

    [Theory]
    [InlineData("Training Neural Networks on small data", true)]
    [InlineData("A NEURAL NETWORK, briefly.", true)]
    [InlineData("The network of neural pathways", false)]
    [InlineData("Nothing about it here.", false)]
    public void Keywords_EnglishPhrase_MatchesAnalysedWordsInOrder(string text, bool expected)
    {
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Keywords = ["neural network"] });

        Assert.Equal(expected ? RuleMatch.Yes : RuleMatch.No, rule.Evaluate(Subject(text)));
    }

    [Fact]
    public void Keywords_ShortWord_DoesNotMatchInsideAnotherWord()
    {
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Keywords = ["AI"] });

        Assert.Equal(RuleMatch.No, rule.Evaluate(Subject("She said the rain would stop.")));
        Assert.Equal(RuleMatch.Yes, rule.Evaluate(Subject("Notes on ＡＩ safety")));
    }

    [Theory]
    [InlineData("今年大模型的发展很快。", true)]
    [InlineData("模型和大数据", false)]
    public void Keywords_Chinese_MatchAsSubstring(string text, bool expected)
    {
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Keywords = ["大模型"] });

        Assert.Equal(expected ? RuleMatch.Yes : RuleMatch.No, rule.Evaluate(Subject(text, lang: "zh")));
    }

    [Fact]
    public void Keywords_InTitleOnly_Match()
    {
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Keywords = ["大模型"] });

        Assert.Equal(RuleMatch.Yes, rule.Evaluate(Subject("正文没有关键词。", title: "大模型笔记")));
    }

    [Fact]
    public void Regex_Matches_AndEveryConditionMustHold()
    {
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Regex = @"(?i)\bLLMs?\b", Source = "feed:*arxiv*", Language = "en" });

        Assert.Equal(RuleMatch.Yes, rule.Evaluate(Subject("New LLMs appear weekly.", source: "feed:https://export.arxiv.org/rss/cs.CL")));
        Assert.Equal(RuleMatch.Yes, rule.Evaluate(Subject("An llm paper.", source: "note:1", url: "feed:ARXIV-mirror")));
        Assert.Equal(RuleMatch.No, rule.Evaluate(Subject("New LLMs appear weekly.", source: "/notes/llm.md")));
        Assert.Equal(RuleMatch.No, rule.Evaluate(Subject("New LLMs appear weekly.", source: "feed:arxiv", lang: "zh")));
        Assert.Equal(RuleMatch.No, rule.Evaluate(Subject("Nothing relevant.", source: "feed:arxiv")));
    }

    [Fact]
    public void Regex_HostilePattern_TimesOutQuicklyAndDoesNotMatch()
    {
        // Catastrophic backtracking: nested quantifiers against a near-miss input.
        var rule = Rule(new TagRuleDefinition { Tag = "ai", Regex = "^(a+)+$" }, TimeSpan.FromMilliseconds(20));
        var subject = Subject(new string('a', 40) + "!");
        var set = new TagRuleSet([rule]);

        var watch = Stopwatch.StartNew();
        var outcome = set.Evaluate(subject);
        watch.Stop();

        Assert.Empty(outcome.Tags);
        Assert.Single(outcome.Problems);
        Assert.Contains("timed out", outcome.Problems[0], StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Keywords_OnlyStopWords_AreRefused()
    {
        var result = TagRule.Create(new TagRuleDefinition { Tag = "ai", Keywords = ["the"] }, 3, _synonyms);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("rule 3 (tag ai): keyword 'the'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSet_SeveralRules_TagsOnceAndFirstCategoryWins()
    {
        var taxonomy = Taxonomy.Create(new TaxonomyDefinition
        {
            Tags = [new TaxonomyTag("ai", ["人工智能"])],
            Categories = ["research", "news"],
            Rules =
            [
                new TagRuleDefinition { Tag = "ai", Keywords = ["大模型"] },
                new TagRuleDefinition { Tag = "人工智能", Keywords = ["neural network"] },
                new TagRuleDefinition { Category = "research", Keywords = ["paper"] },
                new TagRuleDefinition { Category = "news", Keywords = ["paper"] },
            ],
        }).Value;

        var outcome = taxonomy.Rules.Evaluate(Subject("A paper on neural networks and 大模型."));

        Assert.Equal(["ai"], outcome.Tags);
        Assert.Equal("research", outcome.Category);
        Assert.Empty(outcome.Problems);
    }
}
