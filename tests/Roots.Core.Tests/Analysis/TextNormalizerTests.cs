using Roots.Core.Analysis;

namespace Roots.Core.Tests.Analysis;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＩ　Ｔｏｏｌｓ", "ai tools")]          // full-width letters and ideographic space
    [InlineData("Ｒｏｏｔｓ２０２６", "roots2026")]
    [InlineData("ﬁle", "file")]                          // compatibility ligature
    [InlineData("HELLO World", "hello world")]
    [InlineData("中文，English！", "中文,english!")]      // full-width punctuation folds too
    public void Normalize_CompatibilityAndCase_FoldsToOneForm(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_LoneSurrogate_DoesNotThrow()
    {
        // given text with a broken surrogate pair, as found in badly converted files
        string broken = "abc\uD800def";

        // when normalised, then the text survives (lower-cased) instead of failing the document
        Assert.Equal("abc\uD800def", TextNormalizer.Normalize(broken));
    }

    [Theory]
    [InlineData('Ａ', 'a')]
    [InlineData('ｚ', 'z')]
    [InlineData('\u3000', ' ')]
    [InlineData('中', '中')]
    public void FoldChar_KeepsLengthWhileFolding(char input, char expected)
    {
        Assert.Equal(expected, TextNormalizer.FoldChar(input));
    }
}
