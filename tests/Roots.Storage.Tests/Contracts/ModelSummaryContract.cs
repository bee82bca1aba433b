using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="IModelSummaryStore"/>: summaries keyed by item, text SHA-256 and model, so a paid summary is bought once per text.</summary>
public abstract class ModelSummaryContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private const string Sha1 = "0f343b0931126a20f133d67c2b018a3b5c4e4f5d9a6c8e0b1d2c3b4a59687766";
    private const string Sha2 = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    [ContractFact]
    public async Task Save_ThenGet_ByItemTextAndModel()
    {
        var ids = await AddAsync(Prepared.Item("/a", "A", "a"), Prepared.Item("/b", "B", "b"));

        await Store.SaveModelSummaryAsync(ids[0], Sha1, "deepseek-chat", "乌龙茶的摘要。");

        Assert.Equal("乌龙茶的摘要。", await Store.GetModelSummaryAsync(ids[0], Sha1, "deepseek-chat"));
        Assert.Null(await Store.GetModelSummaryAsync(ids[0], Sha1, "qwen-max"));
        Assert.Null(await Store.GetModelSummaryAsync(ids[0], Sha2, "deepseek-chat"));
        Assert.Null(await Store.GetModelSummaryAsync(ids[1], Sha1, "deepseek-chat"));
        Assert.Null(await Store.LatestModelSummaryAsync(ids[0], Sha2));
    }

    [ContractFact]
    public async Task Save_SameTextAndModel_ReplacesTheSummary()
    {
        long id = (await AddAsync(Prepared.Item("/a", "A", "a")))[0];
        await Store.SaveModelSummaryAsync(id, Sha1, "m", "first");

        await Store.SaveModelSummaryAsync(id, Sha1, "m", "second");
        Reopen();

        Assert.Equal("second", await Store.GetModelSummaryAsync(id, Sha1, "m"));
        Assert.Equal(("m", "second"), await Store.LatestModelSummaryAsync(id, Sha1));
    }

    [ContractFact]
    public async Task Latest_IsTheNewestOfAnyModel_ForThatText()
    {
        long id = (await AddAsync(Prepared.Item("/a", "A", "a")))[0];
        await Store.SaveModelSummaryAsync(id, Sha1, "b-model", "by b");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.SaveModelSummaryAsync(id, Sha1, "a-model", "by a");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.SaveModelSummaryAsync(id, Sha2, "c-model", "of other text");

        Assert.Equal(("a-model", "by a"), await Store.LatestModelSummaryAsync(id, Sha1));

        // saving again makes a summary the newest
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.SaveModelSummaryAsync(id, Sha1, "b-model", "by b, again");
        Assert.Equal(("b-model", "by b, again"), await Store.LatestModelSummaryAsync(id, Sha1));
        Assert.Equal(("c-model", "of other text"), await Store.LatestModelSummaryAsync(id, Sha2));
    }
}
