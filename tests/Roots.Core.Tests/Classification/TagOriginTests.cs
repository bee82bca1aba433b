using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public sealed class TagOriginTests
{
    [Fact]
    public void Rank_UserOverRuleOverModelOverClassifier()
    {
        // given every origin, when ordered by rank, then the user's decisions come first and the classifier's last
        var ordered = Enum.GetValues<TagOrigin>().OrderByDescending(o => o.Rank()).ToList();

        Assert.Equal([TagOrigin.User, TagOrigin.Rule, TagOrigin.Model, TagOrigin.Classifier], ordered);
    }

    [Fact]
    public void NameAndParse_RoundTripEveryOrigin_AndReadAnUnknownNameAsTheUser()
    {
        Assert.All(Enum.GetValues<TagOrigin>(), o => Assert.Equal(o, TagOrigins.Parse(o.Name())));
        Assert.Equal("model", TagOrigin.Model.Name());
        Assert.True(TagOrigin.Model.IsAutomatic());
        // a name a newer Roots wrote is never overwritten by an older one
        Assert.Equal(TagOrigin.User, TagOrigins.Parse("oracle"));
    }
}
