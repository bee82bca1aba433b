using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

/// <summary>Where an address ends in running text, Chinese text included: the one rule pages, identifiers and <c>publish --check</c> share.</summary>
public class UrlSpansTests
{
    [Theory]
    // From Wu Zhaohui's essay: ASCII brackets around the address, Chinese right after.
    [InlineData("成果发布于独立平台(https://times.net.au)作为这些成果的长期存档。", "https://times.net.au")]
    [InlineData("见 https://example.org/a，以及其他。", "https://example.org/a")]
    [InlineData("见https://example.org/a。", "https://example.org/a")]
    [InlineData("（https://example.org/中文路径）", "https://example.org/")]
    [InlineData("See https://en.wikipedia.org/wiki/Rust_(language).", "https://en.wikipedia.org/wiki/Rust_(language)")]
    [InlineData("(see https://example.org/a)", "https://example.org/a")]
    [InlineData("主页：https://times.net.auISSN 3083-5178", "https://times.net.au")]
    [InlineData("https://example.org/path?q=1&r=2#top 之后", "https://example.org/path?q=1&r=2#top")]
    public void AnAddressEndsWhereItCannotGoOnInContext(string text, string expected)
    {
        var (start, length) = Assert.Single(IdentifierExtractor.UrlSpans(text));
        Assert.Equal(expected, text.Substring(start, length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://")]
    [InlineData("no address here, only http and https words")]
    [InlineData("xhttps://example.org glued to a word")]
    public void NothingThatIsNotAnAddress(string text) => Assert.Empty(IdentifierExtractor.UrlSpans(text));

    [Fact]
    public void EveryAddressOfTheEssaysIsFound_AndNoneRunsIntoChinese()
    {
        foreach (string seed in Directory.EnumerateFiles(Path.Combine(SharedFolder(), "seeds"), "*.txt"))
        {
            string text = File.ReadAllText(seed);
            foreach (var (start, length) in IdentifierExtractor.UrlSpans(text))
            {
                string url = text.Substring(start, length);
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _), $"{Path.GetFileName(seed)}: {url}");
                Assert.DoesNotContain(url, c => c > '\u007F');
                Assert.False(url.EndsWith(')') && !url.Contains('('), url);
            }
        }
    }

    [Fact]
    public void HugeInput_FindsEveryAddress()
    {
        string text = string.Concat(Enumerable.Repeat("中文(https://example.org/a)中文 ", 20_000));
        var spans = IdentifierExtractor.UrlSpans(text).ToList();
        Assert.Equal(20_000, spans.Count);
        Assert.All(spans, s => Assert.Equal("https://example.org/a", text.Substring(s.Start, s.Length)));
    }

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "seeds")))
            {
                return shared;
            }
        }

        throw new InvalidOperationException("../shared/seeds not found");
    }
}
