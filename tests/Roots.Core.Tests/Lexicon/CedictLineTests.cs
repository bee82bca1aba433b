using FsCheck;
using FsCheck.Xunit;
using Roots.Core.Lexicon;

namespace Roots.Core.Tests.Lexicon;

public class CedictLineTests
{
    [Fact]
    public void TryParse_LineWithPinyin_ReadsHeadwordsAndSenses()
    {
        Assert.True(CedictLine.TryParse("麵包 面包 [mian4 bao1] /bread/CL:個|个[ge4]/", out var entry));

        Assert.Equal("麵包", entry!.Traditional);
        Assert.Equal("面包", entry.Simplified);
        Assert.Equal(["bread", "CL:個|个[ge4]"], entry.Senses);
    }

    [Fact]
    public void TryParse_LineWithoutPinyin_AsRootsEmbedsIt()
    {
        Assert.True(CedictLine.TryParse("學習 学习 /to learn/to study/\r", out var entry));

        Assert.Equal(["to learn", "to study"], entry!.Senses);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# CC-CEDICT header")]
    [InlineData("面包")]
    [InlineData("麵包 面包")]
    [InlineData("麵包 面包 [mian4 bao1]")]
    [InlineData("麵包 面包 [mian4 bao1 /bread/")]
    [InlineData("麵包 面包 /bread")]
    [InlineData("麵包 面包 //")]
    [InlineData("麵包 面包 ///")]
    [InlineData(" 面包 /bread/")]
    [InlineData("麵包  /bread/")]
    [InlineData("麵包 面包 bread/")]
    public void TryParse_MalformedLine_IsRefused(string line)
    {
        Assert.False(CedictLine.TryParse(line, out var entry));
        Assert.Null(entry);
    }

    [Fact]
    public void TryParse_HugeLine_IsRefusedWithoutWork()
    {
        string line = "麵包 面包 /" + new string('x', CedictLine.MaxLength) + "/";

        Assert.False(CedictLine.TryParse(line, out _));
    }

    [Property(MaxTest = 500)]
    public void TryParse_AnyText_NeverThrows(string? line)
    {
        // hostile input: whatever the text, the answer is a yes or a no
        if (CedictLine.TryParse(line, out var entry))
        {
            Assert.NotEmpty(entry!.Senses);
            Assert.DoesNotContain(' ', entry.Simplified);
        }
    }
}
