using Roots.Core.Classification;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary>
/// <see cref="ITagStore"/>: user decisions beat automatic ones (user over rule over model over classifier), removed
/// tags stay removed, every write is idempotent.
/// </summary>
public abstract class TagContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private async Task<long> KeepAsync(string source = "/a.md", string text = "Oolong grows in Fujian.", IReadOnlyList<string>? tags = null) =>
        (await AddAsync(Prepared.Item(source, "Tea", text, tags: tags)))[0];

    [ContractFact]
    public async Task ReplaceAutomaticTags_TagTheUserRemoved_IsNeverAddedByRuleModelOrClassifier()
    {
        // given a tag the user removed
        long id = await KeepAsync(tags: ["tea"]);
        Assert.Equal(["tea"], await Store.RemoveTagsAsync(id, ["tea"]));

        // when a rule, a model and the classifier all want it back
        var byRule = await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("tea", 1)]);
        var byModel = await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Model, [new ScoredLabel("tea", 1)]);
        var byClassifier = await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.99)]);

        // then it stays removed, and survives a reopen
        Assert.Empty(byRule);
        Assert.Empty(byModel);
        Assert.Empty(byClassifier);
        Reopen();
        Assert.Empty(await Store.GetTagsAsync(id));
        Assert.Equal(["tea"], await Store.GetRemovedTagsAsync(id));
        Assert.Empty((await Store.GetAsync(id))!.Tags);
    }

    [ContractFact]
    public async Task RemoveTags_ReturnsThoseThatWereOn_AndRecordsEveryRemoval()
    {
        long id = await KeepAsync(tags: ["tea", "asia"]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("drinks", 0.6)]);

        var removed = await Store.RemoveTagsAsync(id, ["drinks", "never-there", "tea", "tea"]);

        Assert.Equal(["drinks", "tea"], removed);
        Assert.Equal(["drinks", "never-there", "tea"], await Store.GetRemovedTagsAsync(id));
        Assert.Equal([new ItemTag("asia", TagOrigin.User, null)], await Store.GetTagsAsync(id));
        Assert.Empty(await Store.RemoveTagsAsync(id, ["tea"]));
    }

    [ContractFact]
    public async Task AddUserTags_RemovedTag_ClearsTheRemovalAndBecomesUserTag()
    {
        long id = await KeepAsync();
        await Store.RemoveTagsAsync(id, ["tea"]);

        var added = await Store.AddUserTagsAsync(id, ["tea"]);

        Assert.Equal(["tea"], added);
        Assert.Empty(await Store.GetRemovedTagsAsync(id));
        Assert.Equal([new ItemTag("tea", TagOrigin.User, null)], await Store.GetTagsAsync(id));
    }

    [ContractFact]
    public async Task AddUserTags_AutomaticTag_BecomesTheUsersAndIsReported()
    {
        long id = await KeepAsync(tags: ["mine"]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7)]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("news", 1)]);

        var added = await Store.AddUserTagsAsync(id, ["mine", "ai", "news", "fresh"]);

        Assert.Equal(["ai", "news", "fresh"], added);
        Assert.All(await Store.GetTagsAsync(id), t => Assert.Equal((TagOrigin.User, (double?)null), (t.Origin, t.Confidence)));
        Assert.Equal(["ai", "fresh", "mine", "news"], (await Store.GetTagsAsync(id)).Select(t => t.Tag));
    }

    [ContractFact]
    public async Task Writes_RepeatedTwice_ChangeNothingTheSecondTime()
    {
        long id = await KeepAsync();

        Assert.Equal(["ai"], await Store.AddUserTagsAsync(id, ["ai", "ai"]));
        Assert.Empty(await Store.AddUserTagsAsync(id, ["ai"]));
        Assert.Equal(["tea"], await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.81234)]));
        Assert.Empty(await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.81234)]));
        Assert.True(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.7));
        Assert.False(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.7));

        Assert.Equal([new ItemTag("ai", TagOrigin.User, null), new ItemTag("tea", TagOrigin.Classifier, 0.8123)], await Store.GetTagsAsync(id));
    }

    [ContractFact]
    public async Task ReplaceAutomaticTags_ReportsNewTagsAndChangedConfidences()
    {
        long id = await KeepAsync();
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7), new ScoredLabel("tea", 0.9)]);

        // the same label twice counts with its highest confidence
        var changed = await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7), new ScoredLabel("tea", 0.5), new ScoredLabel("tea", 0.95), new ScoredLabel("web", 0.6)]);

        Assert.Equal(["tea", "web"], changed.Order(StringComparer.Ordinal));
        Assert.Equal(
            [new ItemTag("ai", TagOrigin.Classifier, 0.7), new ItemTag("tea", TagOrigin.Classifier, 0.95), new ItemTag("web", TagOrigin.Classifier, 0.6)],
            await Store.GetTagsAsync(id));
    }

    [ContractFact]
    public async Task ReplaceAutomaticTags_NeverTouchesUserTags_AndRuleOutranksClassifier()
    {
        long id = await KeepAsync(tags: ["tea"]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7), new ScoredLabel("tea", 0.9)]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("ai", 1)]);

        // The classifier no longer proposing "ai" does not take away the rule's "ai".
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, []);

        Assert.Equal([new ItemTag("ai", TagOrigin.Rule, 1), new ItemTag("tea", TagOrigin.User, null)], await Store.GetTagsAsync(id));
    }

    [ContractFact]
    public async Task ReplaceAutomaticTags_ModelRanksBetweenRuleAndClassifier()
    {
        long id = await KeepAsync();
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7)]);

        Assert.Equal(["ai", "tea"], await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Model, [new ScoredLabel("ai", 1), new ScoredLabel("tea", 1)]));
        Assert.Empty(await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.99), new ScoredLabel("tea", 0.99)]));
        Assert.Equal(["tea"], await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("tea", 1)]));
        Assert.Empty(await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Model, [new ScoredLabel("ai", 1), new ScoredLabel("tea", 1)]));

        Assert.Equal([new ItemTag("ai", TagOrigin.Model, 1), new ItemTag("tea", TagOrigin.Rule, 1)], await Store.GetTagsAsync(id));
    }

    [ContractFact]
    public async Task ReplaceAutomaticTags_TagNoLongerProposed_IsTakenOffForThatOriginOnly()
    {
        long id = await KeepAsync();
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7)]);
        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("tea", 1)]);

        await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("news", 0.8)]);

        Assert.Equal(["news", "tea"], (await Store.GetTagsAsync(id)).Select(t => t.Tag));
        Assert.Equal(["news", "tea"], (await Store.GetAsync(id))!.Tags);
    }

    [ContractFact]
    public async Task ReplaceAutomaticTags_UserOrigin_IsRefused()
    {
        long id = await KeepAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.ReplaceAutomaticTagsAsync(id, TagOrigin.User, []));
    }

    [ContractFact]
    public async Task SetCategory_UserCategory_IsNeverReplacedAutomatically()
    {
        long id = await KeepAsync();
        Assert.True(await Store.SetCategoryAsync(id, "notes", TagOrigin.User, 0.3));

        Assert.False(await Store.SetCategoryAsync(id, "news", TagOrigin.Rule, 1));
        Assert.False(await Store.SetCategoryAsync(id, "news", TagOrigin.Model, 1));
        Assert.False(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.99));
        Assert.False(await Store.SetCategoryAsync(id, null, TagOrigin.Classifier, null));

        Assert.Equal(new ItemCategory("notes", TagOrigin.User, null), await Store.GetCategoryAsync(id));
    }

    [ContractFact]
    public async Task SetCategory_FollowsThePrecedenceOfOrigins()
    {
        long id = await KeepAsync();
        Assert.Null(await Store.GetCategoryAsync(id));

        Assert.True(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.612345));
        Assert.Equal(new ItemCategory("news", TagOrigin.Classifier, 0.6123), await Store.GetCategoryAsync(id));
        Assert.True(await Store.SetCategoryAsync(id, "essays", TagOrigin.Model, null));
        Assert.Equal(new ItemCategory("essays", TagOrigin.Model, 1), await Store.GetCategoryAsync(id));
        Assert.False(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.9));
        Assert.True(await Store.SetCategoryAsync(id, "letters", TagOrigin.Rule, 1));
        Assert.False(await Store.SetCategoryAsync(id, "essays", TagOrigin.Model, 1));

        // an automatic origin clears only its own category; the user clears any
        Assert.False(await Store.SetCategoryAsync(id, null, TagOrigin.Model, null));
        Assert.True(await Store.SetCategoryAsync(id, null, TagOrigin.Rule, null));
        Assert.Null(await Store.GetCategoryAsync(id));
        Assert.True(await Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.5));
        Assert.True(await Store.SetCategoryAsync(id, null, TagOrigin.User, null));
        Assert.Null(await Store.GetCategoryAsync(id));
        Assert.False(await Store.SetCategoryAsync(id, null, TagOrigin.User, null));
    }

    [ContractFact]
    public async Task LabelledAndUnlabelled_SplitByUserDecisions()
    {
        long tagged = await KeepAsync("/a.md", "green tea", ["tea"]);
        long categorised = await KeepAsync("/b.md", "old letters");
        long automatic = await KeepAsync("/c.md", "neural networks");
        long bare = await KeepAsync("/d.md", "nothing yet");
        await Store.SetCategoryAsync(categorised, "archives", TagOrigin.User, null);
        await Store.SetCategoryAsync(automatic, "science", TagOrigin.Rule, 1);
        await Store.ReplaceAutomaticTagsAsync(automatic, TagOrigin.Rule, [new ScoredLabel("ai", 1)]);
        await Store.AddUserTagsAsync(tagged, ["drinks"]);
        await Store.KeepAsync([Prepared.Item("/a.md", "Tea", "green tea, brewed", tags: ["tea"])]);

        var labelled = await Store.LabelledItemsAsync();
        var unlabelled = await Store.UnlabelledItemIdsAsync();

        Assert.Equal(
            [new LabelledItem("Tea", "green tea, brewed", ["drinks", "tea"], null), new LabelledItem("Tea", "old letters", [], "archives")],
            labelled.Select(l => l with { Tags = [.. l.Tags] }),
            LabelledComparer.Instance);
        Assert.Equal([automatic, bare], unlabelled);
    }

    [ContractFact]
    public async Task MergeTag_KeepsTheHigherOriginAndTheUsersRemovals()
    {
        // given "ml" on four items in four situations, and a user's removal of "ml" on a fifth
        long automatic = await KeepAsync("/a.md", "one");
        long both = await KeepAsync("/b.md", "two");
        long rejected = await KeepAsync("/c.md", "three");
        long userWins = await KeepAsync("/d.md", "four");
        long removedFrom = await KeepAsync("/e.md", "five");
        long untouched = await KeepAsync("/f.md", "six");
        await Store.ReplaceAutomaticTagsAsync(automatic, TagOrigin.Classifier, [new ScoredLabel("ml", 0.8)]);
        await Store.AddUserTagsAsync(both, ["ml"]);
        await Store.ReplaceAutomaticTagsAsync(both, TagOrigin.Rule, [new ScoredLabel("machine-learning", 1)]);
        await Store.ReplaceAutomaticTagsAsync(rejected, TagOrigin.Rule, [new ScoredLabel("ml", 1)]);
        await Store.RemoveTagsAsync(rejected, ["machine-learning"]);
        await Store.AddUserTagsAsync(userWins, ["ml"]);
        await Store.RemoveTagsAsync(userWins, ["machine-learning"]);
        await Store.ReplaceAutomaticTagsAsync(removedFrom, TagOrigin.Classifier, [new ScoredLabel("machine-learning", 0.7)]);
        await Store.RemoveTagsAsync(removedFrom, ["ml"]);
        await Store.AddUserTagsAsync(untouched, ["tea"]);

        // when "ml" is merged into "machine-learning"
        int changed = await Store.MergeTagAsync("ml", "machine-learning");

        // then no "ml" remains; origins and removals follow the user's decisions
        Assert.Equal(5, changed);
        Assert.Equal([new ItemTag("machine-learning", TagOrigin.Classifier, 0.8)], await Store.GetTagsAsync(automatic));
        Assert.Equal([new ItemTag("machine-learning", TagOrigin.User, null)], await Store.GetTagsAsync(both));
        Assert.Empty(await Store.GetTagsAsync(rejected));
        Assert.Equal(["machine-learning"], await Store.GetRemovedTagsAsync(rejected));
        Assert.Equal([new ItemTag("machine-learning", TagOrigin.User, null)], await Store.GetTagsAsync(userWins));
        Assert.Empty(await Store.GetRemovedTagsAsync(userWins));
        Assert.Empty(await Store.GetTagsAsync(removedFrom));
        Assert.Equal(["machine-learning"], await Store.GetRemovedTagsAsync(removedFrom));
        Assert.Equal([new ItemTag("tea", TagOrigin.User, null)], await Store.GetTagsAsync(untouched));

        // and a second merge changes nothing
        Assert.Equal(0, await Store.MergeTagAsync("ml", "machine-learning"));
        Assert.DoesNotContain(await Store.ListTagCountsAsync(), c => c.Tag == "ml");
    }

    [ContractFact]
    public async Task ListTagCounts_MostUsedFirst_WithTheUsersShare()
    {
        long a = await KeepAsync("/a.md", "one");
        long b = await KeepAsync("/b.md", "two");
        await Store.AddUserTagsAsync(a, ["tea", "zen"]);
        await Store.ReplaceAutomaticTagsAsync(b, TagOrigin.Rule, [new ScoredLabel("tea", 1), new ScoredLabel("art", 1)]);

        var counts = await Store.ListTagCountsAsync();

        Assert.Equal([new TagCount("tea", 2, 1), new TagCount("art", 1, 0), new TagCount("zen", 1, 1)], counts);
    }

    private sealed class LabelledComparer : IEqualityComparer<LabelledItem>
    {
        public static readonly LabelledComparer Instance = new();

        public bool Equals(LabelledItem? x, LabelledItem? y) =>
            x is not null && y is not null && (x.Title, x.Text, x.Category) == (y.Title, y.Text, y.Category) && x.Tags.SequenceEqual(y.Tags);

        public int GetHashCode(LabelledItem obj) => HashCode.Combine(obj.Title, obj.Text, obj.Category);
    }
}
