using Roots.App.UseCases;

namespace Roots.App.Tests.Connect;

/// <summary>
/// A Chinese text and its English version, added as two items, are linked <c>translation-of</c> both
/// ways and shown as each other's version; a note on the same subject written separately is not.
/// </summary>
public sealed class TranslationLinkTests : IDisposable
{
    private const string Chinese = """
        词元溯源

        1989年我赴澳留学，2005年开始搭建智能发票系统。今天的大模型按词元（token）计费：OpenAI 的 GPT-4o
        和 DeepSeek V3 都用 BPE 算法切分文本。同样一句话，中文往往比英文多用 30% 到 60% 的词元，这就是隐性的语言税。
        我的全部作品都列在 https://times.net.au 上，期刊 ISSN 3083-5178，超过 60 个 DOI 由 Zenodo 永久存档。
        """;

    private const string English = """
        The origins of the token

        I went to Australia to study in 1989 and began building an intelligent invoicing system in 2005. Today's
        large models charge by the token: OpenAI's GPT-4o and DeepSeek V3 both cut text with the BPE algorithm. The
        same sentence often takes 30% to 60% more tokens in Chinese than in English: a hidden language tax. All my
        works are listed at https://times.net.au, the journal is ISSN 3083-5178, and more than 60 DOIs are archived
        for good by Zenodo.
        """;

    private const string SameSubject = """
        Notes on token prices

        Model providers price their APIs per million tokens, and Chinese text costs more than English because
        tokenizers were trained mostly on English. I compared a few providers last month and wrote down what a
        thousand-word essay costs in each language. The gap is real but smaller than it was two years ago, and
        caching repeated prompts matters more than the language of the text.
        """;

    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TheTwoVersions_AreLinkedBothWays_AndTheSameSubjectIsNot()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("zh.txt", Chinese)], AddOptions.None);
        await _folder.Library.Files.AddPathsAsync([_folder.Write("notes.txt", SameSubject), _folder.Write("en.txt", English)], AddOptions.None);
        var items = await _folder.Library.Read.ListAsync(new Roots.Core.Ports.ItemFilter());
        long zh = items.Single(i => i.Source.EndsWith("zh.txt", StringComparison.Ordinal)).Id;
        long en = items.Single(i => i.Source.EndsWith("en.txt", StringComparison.Ordinal)).Id;
        long notes = items.Single(i => i.Source.EndsWith("notes.txt", StringComparison.Ordinal)).Id;

        var chinese = await _folder.Library.Read.ShowAsync(zh.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var english = await _folder.Library.Read.ShowAsync(en.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var other = await _folder.Library.Read.ShowAsync(notes.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var version = Assert.Single(chinese!.Translations);
        Assert.Equal(("en", "The origins of the token", $"item {en}"), (version.Language, version.Title, version.By));
        Assert.Equal($"item {zh}", Assert.Single(english!.Translations).By);
        Assert.Empty(other!.Translations);
    }

    [Fact]
    public async Task TextsWithoutNumbersOrLatinWords_AreLeftUndecided()
    {
        // Too few anchors to tell a translation from a text on the same subject: no link is made.
        await _folder.Library.Files.AddPathsAsync([
            _folder.Write("zh.txt", string.Concat(Enumerable.Repeat("秋天喝茶，水温要低一些，茶叶放少一点，慢慢地泡。", 12))),
            _folder.Write("en.txt", string.Concat(Enumerable.Repeat("In autumn, brew tea with cooler water and fewer leaves, and take your time. ", 12))),
        ], AddOptions.None);

        foreach (var item in await _folder.Library.Read.ListAsync(new Roots.Core.Ports.ItemFilter()))
        {
            Assert.Empty((await _folder.Library.Read.ShowAsync(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.Translations);
        }
    }
}
