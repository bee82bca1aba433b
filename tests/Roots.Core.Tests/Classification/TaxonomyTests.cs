using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class TaxonomyTests
{
    private static Taxonomy Create(TaxonomyDefinition definition)
    {
        var result = Taxonomy.Create(definition);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static readonly TaxonomyTag _ai = new("ai", ["AI", "人工智能", "artificial intelligence", "machine learning"]);

    [Theory]
    [InlineData("AI")]
    [InlineData("ＡＩ")]
    [InlineData("人工智能")]
    [InlineData("Artificial   Intelligence")]
    [InlineData(" machine learning ")]
    [InlineData("ai")]
    public void CanonicalTag_AnySynonymOrSpelling_IsTheOneName(string spelling)
    {
        var taxonomy = Create(new TaxonomyDefinition { Tags = [_ai] });

        Assert.Equal("ai", taxonomy.CanonicalTag(spelling));
        Assert.True(taxonomy.AllowsTag("ai"));
    }

    [Fact]
    public void CanonicalTag_UnknownTag_IsNormalisedButNotAllowedForAutomaticTagging()
    {
        var taxonomy = Create(new TaxonomyDefinition { Tags = [_ai] });

        Assert.Equal("local first", taxonomy.CanonicalTag("Local  First"));
        Assert.False(taxonomy.AllowsTag("local first"));
        Assert.True(Create(new TaxonomyDefinition { AllowNewTags = true }).AllowsTag("local first"));
    }

    [Fact]
    public void Create_SynonymOfTwoTags_FailsNamingBoth()
    {
        var result = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai, new TaxonomyTag("ml", ["Machine Learning"])] });

        Assert.False(result.IsSuccess);
        Assert.Contains("'ai'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'ml'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RuleTagOutsideTheTaxonomy_FailsUnlessNewTagsAreAllowed()
    {
        var rules = new[] { new TagRuleDefinition { Tag = "robots", Keywords = ["robot"] } };

        var refused = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai], Rules = rules });
        var allowed = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai], Rules = rules, AllowNewTags = true });

        Assert.Contains("not in taxonomy.tags", refused.Error, StringComparison.Ordinal);
        Assert.True(allowed.IsSuccess, allowed.Error);
    }

    [Fact]
    public void Create_RuleTagWrittenAsSynonym_SetsTheCanonicalTag()
    {
        var taxonomy = Create(new TaxonomyDefinition { Tags = [_ai], Rules = [new TagRuleDefinition { Tag = "人工智能", Keywords = ["GPT"] }] });

        Assert.Equal("ai", taxonomy.Rules.Rules[0].Tag);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Create_MinConfidenceOutOfRange_Fails(double value)
    {
        Assert.False(Taxonomy.Create(new TaxonomyDefinition { MinConfidence = value }).IsSuccess);
    }

    [Fact]
    public void Create_BadRegexOrEmptyRule_FailsWithTheRuleNumber()
    {
        var badRegex = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai], Rules = [new TagRuleDefinition { Tag = "ai", Regex = "([" }] });
        var empty = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai], Rules = [new TagRuleDefinition { Tag = "ai" }] });
        var both = Taxonomy.Create(new TaxonomyDefinition { Tags = [_ai], Categories = ["news"], Rules = [new TagRuleDefinition { Tag = "ai", Category = "news", Keywords = ["x"] }] });

        Assert.StartsWith("rule 1 (tag ai): bad regex", badRegex.Error, StringComparison.Ordinal);
        Assert.Contains("at least one of", empty.Error, StringComparison.Ordinal);
        Assert.Contains("exactly one of tag and category", both.Error, StringComparison.Ordinal);
    }
}
