using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class AutoLabelerTests
{
    private static readonly Taxonomy _taxonomy = Taxonomy.Create(new TaxonomyDefinition
    {
        Tags = [new TaxonomyTag("ai", ["AI"]), new TaxonomyTag("tea", []), new TaxonomyTag("archives", [])],
        Categories = ["research", "notes"],
        MinConfidence = 0.6,
    }).Value;

    private static LibraryPrediction Prediction(params (string Tag, double Confidence)[] tags) =>
        new(new Prediction("research", 0.9), tags.Select(t => new Prediction(t.Tag, t.Confidence)).ToArray());

    [Fact]
    public void Plan_ConfidentTaxonomyTag_IsAppliedAndUnsureOneOnlySuggested()
    {
        var plan = AutoLabeler.Plan(_taxonomy, RuleOutcome.None, Prediction(("tea", 0.9), ("archives", 0.4), ("ai", 0.05)), [], [], null);

        Assert.Equal([new ScoredLabel("tea", 0.9)], plan.ClassifierTags);
        Assert.Equal([new ScoredLabel("archives", 0.4)], plan.SuggestedTags);
        Assert.Equal(new ScoredLabel("research", 0.9), plan.ClassifierCategory);
    }

    [Fact]
    public void Plan_TagTheUserRemoved_IsNeitherAppliedNorSuggestedByRuleOrClassifier()
    {
        var rules = new RuleOutcome(["tea"], null, []);

        var plan = AutoLabeler.Plan(_taxonomy, rules, Prediction(("tea", 0.99), ("archives", 0.3)), [], ["tea", "archives"], null);

        Assert.Empty(plan.RuleTags);
        Assert.Empty(plan.ClassifierTags);
        Assert.Empty(plan.SuggestedTags);
    }

    [Fact]
    public void Plan_UserTagsAndCategory_AreLeftAlone()
    {
        var tags = new[] { new ItemTag("tea", TagOrigin.User, null) };
        var rules = new RuleOutcome(["tea"], "notes", []);

        var plan = AutoLabeler.Plan(_taxonomy, rules, Prediction(("tea", 0.99)), tags, [], new ItemCategory("notes", TagOrigin.User, null));

        Assert.Empty(plan.RuleTags);
        Assert.Null(plan.RuleCategory);
        Assert.Empty(plan.ClassifierTags);
        Assert.Null(plan.ClassifierCategory);
    }

    [Fact]
    public void Plan_RuleAndClassifierAgree_RuleWins()
    {
        var plan = AutoLabeler.Plan(_taxonomy, new RuleOutcome(["ai"], "notes", []), Prediction(("ai", 0.95)), [], [], null);

        Assert.Equal([new ScoredLabel("ai", 1)], plan.RuleTags);
        Assert.Empty(plan.ClassifierTags);
        Assert.Equal("notes", plan.RuleCategory);
        Assert.Null(plan.ClassifierCategory);
    }

    [Fact]
    public void Plan_LabelOutsideTheTaxonomy_IsNeverProposed()
    {
        var plan = AutoLabeler.Plan(_taxonomy, RuleOutcome.None,
            new LibraryPrediction(new Prediction("gossip", 0.99), [new Prediction("cooking", 0.99)]), [], [], null);

        Assert.Empty(plan.ClassifierTags);
        Assert.Empty(plan.SuggestedTags);
        Assert.Null(plan.ClassifierCategory);
        Assert.Null(plan.SuggestedCategory);
    }
}
