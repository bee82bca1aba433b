using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Storage.Tests.Fixtures;
using Roots.Storage.Tests.Fixtures.Engines;

namespace Roots.Storage.Tests.Contracts;

/// <summary>
/// <see cref="IParagraphTranslationStore"/>: paragraphs kept by language, hash and model, read back exactly, many at once;
/// a model's own or the newest of any model's.
/// </summary>
public abstract class ParagraphTranslationContract<TFactory> : StoreContract<TFactory>
    where TFactory : IStoreFactory, new()
{
    private static string Hash(int n) => n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);

    private static ParagraphTranslation Paragraph(string language, int n, string model, string text, int minutes = 0) =>
        new(language, Hash(n), model, text, Start.AddMinutes(minutes));

    [ContractFact]
    public async Task SaveMany_ThenGetMany_RoundTripsEveryField_AndLeavesOutWhatIsMissing()
    {
        var saved = new[]
        {
            Paragraph("ja", 1, "deepseek-chat", "お茶は\n冷たい水で淹れる。"),
            Paragraph("ja", 2, "deepseek-chat", "「烏龍茶」\"quoted\" — ✓"),
            Paragraph("fr", 1, "deepseek-chat", "Le thé se prépare à froid."),
        };

        await Store.SaveParagraphTranslationsAsync(saved);
        Reopen();
        var ja = await Store.GetParagraphTranslationsAsync("ja", [Hash(1), Hash(2), Hash(3)], "deepseek-chat");

        Assert.Equal(2, ja.Count);
        Assert.Equal(saved[0], ja[Hash(1)]);
        Assert.Equal(saved[1], ja[Hash(2)]);
        Assert.False(ja.ContainsKey(Hash(3)));
        Assert.Equal(saved[2], (await Store.GetParagraphTranslationsAsync("fr", [Hash(1)]))[Hash(1)]);
        Assert.Empty(await Store.GetParagraphTranslationsAsync("de", [Hash(1), Hash(2)]));
        Assert.Empty(await Store.GetParagraphTranslationsAsync("ja", []));
        Assert.Empty(await Store.GetParagraphTranslationsAsync("ja", [Hash(1)], "qwen-max"));
        Assert.Equal(["fr", "ja"], await Store.ParagraphTranslationLanguagesAsync());
    }

    [ContractFact]
    public async Task Save_SameKey_Replaces_AndAnyModel_ReadsTheNewest()
    {
        await Store.SaveParagraphTranslationsAsync([Paragraph("ja", 1, "deepseek-chat", "古い", 0), Paragraph("ja", 1, "qwen-max", "別のモデル", 5)]);
        var replaced = Paragraph("ja", 1, "deepseek-chat", "新しい", 10);

        await Store.SaveParagraphTranslationsAsync([replaced]);

        Assert.Equal(replaced, (await Store.GetParagraphTranslationsAsync("ja", [Hash(1)], "deepseek-chat"))[Hash(1)]);
        Assert.Equal("別のモデル", (await Store.GetParagraphTranslationsAsync("ja", [Hash(1)], "qwen-max"))[Hash(1)].Text);
        Assert.Equal(replaced, (await Store.GetParagraphTranslationsAsync("ja", [Hash(1)]))[Hash(1)]);
    }

    [ContractFact]
    public async Task GetMany_ThousandsOfHashes_AreReadInOneCall()
    {
        // more hashes than one SQLite statement may bind, some asked twice
        var saved = Enumerable.Range(0, 2_500).Select(n => Paragraph("zh", n, "deepseek-chat", "段落 " + n)).ToList();
        await Store.SaveParagraphTranslationsAsync(saved);

        var asked = Enumerable.Range(0, 3_000).Select(Hash).Concat([Hash(7), Hash(7)]).ToList();
        var found = await Store.GetParagraphTranslationsAsync("zh", asked, "deepseek-chat");

        Assert.Equal(2_500, found.Count);
        Assert.Equal("段落 2499", found[Hash(2_499)].Text);
        Assert.Empty(await Store.GetParagraphTranslationsAsync("zh", [.. Enumerable.Range(2_500, 600).Select(Hash)]));
    }

    [ContractFact]
    public async Task Transfer_ReadsEveryRow_InTheSchemasColumns()
    {
        var saved = Paragraph("ar", 9, "deepseek-chat", "يُخمَّر الشاي باردًا.", 3);
        await Store.SaveParagraphTranslationsAsync([saved]);

        var table = Roots.Core.Transfer.TransferSchema.Tables.Single(t => t.Name == "paragraph_translations");
        var rows = new List<object?[]>();
        await foreach (var row in ((ILibraryTransfer)Store).ReadRowsAsync(table))
        {
            rows.Add(row);
        }

        Assert.Equal(["language", "source_sha256", "model", "text", "created_at"], table.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "ar", Hash(9), "deepseek-chat", saved.Text, saved.TranslatedAt.ToUnixTimeMilliseconds() }, Assert.Single(rows));
    }

    [ContractFact]
    public async Task SaveMany_Nothing_WritesNothing()
    {
        await Store.SaveParagraphTranslationsAsync([]);

        Assert.Empty(await Store.ParagraphTranslationLanguagesAsync());
    }
}
