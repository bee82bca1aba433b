using Roots.Core.Classification;

namespace Roots.Storage.Sqlite.Tests;

public sealed class TagStoreTests : IDisposable
{
    private readonly TestStore _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<long> KeepAsync(string source = "/a.md", string text = "Oolong grows in Fujian.", IReadOnlyList<string>? tags = null)
    {
        var outcomes = await _db.Store.KeepAsync([TestStore.Item(source, "Tea", text, tags: tags)]);
        return outcomes[0].ItemId;
    }

    private async Task<IReadOnlyList<ItemTag>> TagsAsync(long id) => await _db.Store.GetTagsAsync(id);

    [Fact]
    public async Task ReplaceAutomaticTags_TagTheUserRemoved_IsNeverAddedByRuleOrClassifier()
    {
        // given a tag the user removed
        long id = await KeepAsync(tags: ["tea"]);
        await _db.Store.RemoveTagsAsync(id, ["tea"]);

        // when a rule and the classifier both want it back
        var byRule = await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("tea", 1)]);
        var byClassifier = await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.99)]);

        // then it stays removed, and survives a reopen
        Assert.Empty(byRule);
        Assert.Empty(byClassifier);
        _db.Reopen();
        Assert.Empty(await TagsAsync(id));
        Assert.Equal(["tea"], await _db.Store.GetRemovedTagsAsync(id));
    }

    [Fact]
    public async Task AddUserTags_RemovedTag_ClearsTheRemovalAndBecomesUserTag()
    {
        long id = await KeepAsync();
        await _db.Store.RemoveTagsAsync(id, ["tea"]);

        var added = await _db.Store.AddUserTagsAsync(id, ["tea"]);

        Assert.Equal(["tea"], added);
        Assert.Empty(await _db.Store.GetRemovedTagsAsync(id));
        Assert.Equal([new ItemTag("tea", TagOrigin.User, null)], await TagsAsync(id));
    }

    [Fact]
    public async Task Writes_RepeatedTwice_ChangeNothingTheSecondTime()
    {
        long id = await KeepAsync();

        Assert.Equal(["ai"], await _db.Store.AddUserTagsAsync(id, ["ai", "ai"]));
        Assert.Empty(await _db.Store.AddUserTagsAsync(id, ["ai"]));
        Assert.Equal(["tea"], await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.81234)]));
        Assert.Empty(await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("tea", 0.81234)]));
        Assert.True(await _db.Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.7));
        Assert.False(await _db.Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.7));

        Assert.Equal([new ItemTag("ai", TagOrigin.User, null), new ItemTag("tea", TagOrigin.Classifier, 0.8123)], await TagsAsync(id));
    }

    [Fact]
    public async Task ReplaceAutomaticTags_NeverTouchesUserTags_AndRuleOutranksClassifier()
    {
        long id = await KeepAsync(tags: ["tea"]);
        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7), new ScoredLabel("tea", 0.9)]);
        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("ai", 1)]);

        // The classifier no longer proposing "ai" does not take away the rule's "ai".
        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, []);

        Assert.Equal([new ItemTag("ai", TagOrigin.Rule, 1), new ItemTag("tea", TagOrigin.User, null)], await TagsAsync(id));
    }

    [Fact]
    public async Task ReplaceAutomaticTags_TagNoLongerProposed_IsTakenOffForThatOriginOnly()
    {
        long id = await KeepAsync();
        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("ai", 0.7)]);
        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Rule, [new ScoredLabel("tea", 1)]);

        await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.Classifier, [new ScoredLabel("news", 0.8)]);

        Assert.Equal(["news", "tea"], (await TagsAsync(id)).Select(t => t.Tag));
    }

    [Fact]
    public async Task ReplaceAutomaticTags_UserOrigin_IsRefused()
    {
        long id = await KeepAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await _db.Store.ReplaceAutomaticTagsAsync(id, TagOrigin.User, []));
    }

    [Fact]
    public async Task SetCategory_UserCategory_IsNeverReplacedAutomatically()
    {
        long id = await KeepAsync();
        await _db.Store.SetCategoryAsync(id, "notes", TagOrigin.User, null);

        Assert.False(await _db.Store.SetCategoryAsync(id, "news", TagOrigin.Rule, 1));
        Assert.False(await _db.Store.SetCategoryAsync(id, "news", TagOrigin.Classifier, 0.99));
        Assert.False(await _db.Store.SetCategoryAsync(id, null, TagOrigin.Classifier, null));

        Assert.Equal(new ItemCategory("notes", TagOrigin.User, null), await _db.Store.GetCategoryAsync(id));
    }

    [Fact]
    public async Task LabelledAndUnlabelled_SplitByUserDecisions()
    {
        long tagged = await KeepAsync("/a.md", "green tea", ["tea"]);
        long categorised = await KeepAsync("/b.md", "old letters");
        long automatic = await KeepAsync("/c.md", "neural networks");
        long bare = await KeepAsync("/d.md", "nothing yet");
        await _db.Store.SetCategoryAsync(categorised, "archives", TagOrigin.User, null);
        await _db.Store.ReplaceAutomaticTagsAsync(automatic, TagOrigin.Rule, [new ScoredLabel("ai", 1)]);

        var labelled = await _db.Store.LabelledItemsAsync();
        var unlabelled = await _db.Store.UnlabelledItemIdsAsync();

        Assert.Equal([("green tea", "tea", null), ("old letters", "", "archives")],
            labelled.Select(l => (l.Text, string.Join(',', l.Tags), l.Category)).ToList<(string, string, string?)>());
        Assert.Equal([automatic, bare], unlabelled);
        Assert.DoesNotContain(tagged, unlabelled);
    }
}
