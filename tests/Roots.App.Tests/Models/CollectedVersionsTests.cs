using System.Globalization;
using Roots.App.Tests.Engine;
using Roots.App.UseCases;

namespace Roots.App.Tests.Models;

/// <summary>
/// A translation that exists as a collected item is used instead of buying one: <c>roots translate</c>
/// never buys a language another item already holds the same work in.
/// </summary>
public sealed class CollectedVersionsTests : IAsyncLifetime
{
    private EngineLibrary _folder = null!;

    public async Task InitializeAsync() => _folder = await EngineLibrary.StartAsync();

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task Translate_DoesNotBuyALanguageACollectedTranslationHolds()
    {
        // given a Chinese essay and, in another file, its English translation that says so
        string notes = Path.Combine(_folder.Directory, "notes");
        File.WriteAllText(Path.Combine(notes, "ciyuan.md"), "# 词元之后\n\n词元只是燃料，系统才是发动机；真正稀缺的是能够驾驭词元的人。\n");
        File.WriteAllText(Path.Combine(notes, "beyond.md"), "---\ntranslation_of: ciyuan.md\n---\n\n# Beyond Tokens\n\nTokens are merely fuel; the system is the engine.\n");
        using var library = Library.Open(_folder.Directory).Value;
        await library.Files.AddPathsAsync([Path.Combine(notes, "ciyuan.md"), Path.Combine(notes, "beyond.md")], AddOptions.None);
        var items = await library.Read.ListAsync(Core.Ports.ItemFilter.None);
        string chinese = items.Single(i => i.Title == "词元之后").Id.ToString(CultureInfo.InvariantCulture);
        string tea = items.Single(i => i.Title == "Oolong").Id.ToString(CultureInfo.InvariantCulture);

        // when its translation into English and Japanese is estimated
        var plan = await library.Translations.PlanTranslationsAsync([chinese], all: false, ["en", "ja"]);
        var alone = await library.Translations.PlanTranslationsAsync([tea], all: false, ["zh", "ja"]);
        var everything = await library.Translations.PlanTranslationsAsync([], all: true, ["en"]);

        // then only Japanese is to be bought: the English is collected; an item standing alone buys both
        Assert.True(plan.IsSuccess, plan.Error);
        Assert.Equal(1, plan.Value.Calls);
        Assert.Equal(2, alone.Value.Calls);
        // every item into English: the three English notes and the English translation need none, the Chinese essay has its English
        Assert.Equal(0, everything.Value.Calls);

        // and translating buys exactly that one language
        _folder.Server.Answer = _ => """{"title":"[ja] 词元之后","summary":"[ja] 要約","keywords":["[ja] 词元"]}""";
        var run = await library.Translations.TranslateAsync([chinese], all: false, ["en", "ja"]);
        Assert.True(run.IsSuccess, run.Error);
        Assert.Equal(1, _folder.Server.Completions);
    }
}
