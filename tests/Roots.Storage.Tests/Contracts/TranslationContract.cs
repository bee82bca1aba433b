using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary><see cref="ITranslationStore"/>: one translation per item and language, replaced by the next, read back exactly.</summary>
public abstract class TranslationContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private const string Sha = "0f343b0931126a20f133d67c2b018a3b5c4e4f5d9a6c8e0b1d2c3b4a59687766";

    private static ItemTranslation Translation(long item, string language, string title, params string[] keywords) =>
        new(item, language, title, "Summary of " + title, keywords, Sha, "model:deepseek-chat", Start.AddMinutes(item));

    private sealed class Same : IEqualityComparer<ItemTranslation?>
    {
        public static readonly Same Instance = new();

        public bool Equals(ItemTranslation? x, ItemTranslation? y) =>
            x is null || y is null ? x is null && y is null : x with { Keywords = [] } == y with { Keywords = [] } && x.Keywords.SequenceEqual(y.Keywords);

        public int GetHashCode(ItemTranslation? obj) => obj?.ItemId.GetHashCode() ?? 0;
    }

    [ContractFact]
    public async Task Save_ThenGet_RoundTripsEveryField()
    {
        var ids = await AddAsync(Prepared.Item("/a", "Tea", "Oolong."), Prepared.Item("/b", "茶", "乌龙茶。", "zh"));
        var zh = Translation(ids[0], "zh", "茶", "乌龙茶", "福建");
        var en = Translation(ids[1], "en", "Tea \"oolong\"", "oolong", "Fujian, China");

        await Store.SaveTranslationAsync(zh);
        await Store.SaveTranslationAsync(en);
        Reopen();

        Assert.Equal(zh, await Store.GetTranslationAsync(ids[0], "zh"), Same.Instance);
        Assert.Equal(en, await Store.GetTranslationAsync(ids[1], "en"), Same.Instance);
        Assert.Null(await Store.GetTranslationAsync(ids[0], "en"));
        Assert.Null(await Store.GetTranslationAsync(ids[1], "zh"));
    }

    [ContractFact]
    public async Task Save_SameItemAndLanguage_ReplacesTheTranslation()
    {
        long id = (await AddAsync(Prepared.Item("/a", "Tea", "Oolong.")))[0];
        await Store.SaveTranslationAsync(Translation(id, "zh", "茶", "旧"));
        var newer = Translation(id, "zh", "乌龙茶") with { By = "model:qwen-max", TranslatedAt = Start.AddDays(1) };

        await Store.SaveTranslationAsync(newer);

        Assert.Equal(newer, await Store.GetTranslationAsync(id, "zh"), Same.Instance);
        Assert.Equal(["zh"], await Store.TranslationLanguagesAsync(id));
    }

    [ContractFact]
    public async Task LanguagesAndAll_AreInOrdinalOrder()
    {
        var ids = await AddAsync(Prepared.Item("/a", "Tea", "Oolong."), Prepared.Item("/b", "Water", "Soft."));
        var translations = new[]
        {
            Translation(ids[1], "zh", "水"),
            Translation(ids[0], "zh-Hant", "茶"),
            Translation(ids[0], "fr", "Thé"),
            Translation(ids[0], "de", "Tee"),
        };
        foreach (var translation in translations)
        {
            await Store.SaveTranslationAsync(translation);
        }

        Assert.Equal(["de", "fr", "zh-Hant"], await Store.TranslationLanguagesAsync(ids[0]));
        Assert.Empty(await Store.TranslationLanguagesAsync(ids[1] + 100));
        Assert.Equal(
            [(ids[0], "de"), (ids[0], "fr"), (ids[0], "zh-Hant"), (ids[1], "zh")],
            (await Store.AllTranslationsAsync()).Select(t => (t.ItemId, t.Language)));
    }
}
