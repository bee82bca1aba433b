using Roots.App.UseCases;
using Roots.Core.Ports;

namespace Roots.App.Tests.Find;

/// <summary>
/// Short Chinese notes found by a paraphrase (issue 22, item 4; the dev set is bench/shortzh): a
/// paraphrase shares characters with its note more often than words or bigrams, and titles' single
/// characters are indexed for that.
/// </summary>
public sealed class ShortChineseSearchTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("两种人生路", "两条不同的人生道路")]
    [InlineData("AI时代什么最稀缺", "词元之后:AI时代真正稀缺的是什么")]
    public async Task AParaphrase_FindsItsShortNoteFirst(string query, string expected)
    {
        // One-line notes from Wu Zhaohui's essay: a note's first line is its title.
        string[] notes =
        [
            "两条不同的人生道路",
            "两种策略决定两种投资机会",
            "词元之后:AI时代真正稀缺的是什么",
            "而在我看来,这种能力,才是词元时代最稀缺、也最难复制的财富",
            "稀缺的不是信息,而是注意力",
        ];
        await _folder.Library.Files.AddPathsAsync(notes.Select((n, i) => _folder.Write($"note{i}.txt", n)).ToList(), AddOptions.None);

        var results = await _folder.Library.Find.SearchAsync(query, new ItemFilter(), snippets: true, SearchMode.Lexical);

        Assert.Equal(expected, results[0].Item.Title);
    }

    [Fact]
    public async Task ASnippet_MarksTheQuerysWords_NotItsScatteredCharacters()
    {
        await _folder.Library.Files.AddPathsAsync([
            _folder.Write("bread.md", "# 面包笔记\n\n今天做了面包。发面用了三个小时，烤箱温度两百度，面包很好吃。"),
        ], AddOptions.None);

        var result = Assert.Single(await _folder.Library.Find.SearchAsync("做面包", new ItemFilter(), snippets: true, SearchMode.Lexical));

        Assert.NotNull(result.Snippet);
        var marked = result.Snippet!.Highlights.Select(h => result.Snippet.Text.Substring(h.Start, h.Length)).ToList();
        Assert.Contains(marked, m => m.Contains("面包", StringComparison.Ordinal));
        Assert.DoesNotContain("发", marked);
        Assert.DoesNotContain(marked, m => m == "面");
    }
}
