using Roots.Core.Understanding.Authored;

namespace Roots.Core.Tests.Understanding.Authored;

/// <summary>The two essays Roots was designed from (../shared/seeds), read as their authors wrote them.</summary>
public sealed class SeedEssayTests
{
    private static string Seed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new InvalidOperationException("../shared/seeds/" + name + " not found");
    }

    [Fact]
    public void WuZhaohuisEssay_IsAChineseEssayThenItsEnglishVersion()
    {
        string text = Seed("000_acb19a4f519c0f38.txt");

        var split = LanguageSplit.Find(text);

        Assert.NotNull(split);
        Assert.Equal("zh", split.FirstLanguage);
        Assert.Equal("en", split.SecondLanguage);
        Assert.Equal("Beyond Tokens: What Is Truly Scarce in the Age of AI?", split.SecondTitle);
        // The Chinese half keeps its abstract and references; the English half starts at its title and holds none of them.
        Assert.Contains("摘要", text[..split.Start]);
        Assert.Contains("https://doi.org/10.5281/zenodo.18160116", text[..split.Start]);
        Assert.DoesNotContain("摘要", text[split.Start..]);
        Assert.DoesNotContain("\nAbstract\n", text[..split.Start]);
    }

    [Fact]
    public void WuZhaohuisEssay_ChineseHalf_HasItsOwnAbstractKeywordsAndDate()
    {
        string text = Seed("000_acb19a4f519c0f38.txt");
        var split = LanguageSplit.Find(text)!;

        var zh = AuthorStatements.Read(text[..split.Start]);

        Assert.StartsWith("词元(Token)正在成为AI时代的核心计量单位", zh.Abstract);
        Assert.Contains("本文认为:词元只是燃料", zh.Abstract);
        Assert.DoesNotContain("如果没有货物", zh.Abstract);
        Assert.Equal("词元", zh.Keywords[0]);
        Assert.Contains("巫朝晖", zh.Keywords);
        Assert.Equal("JEFFI CHAO HUI WU", zh.Keywords[^1]);
        // "截至成文时(20266月)": the pasted date lost its 年 and still reads as June 2026.
        Assert.Equal("2026-06", zh.Date);
        Assert.Empty(zh.Authors);
    }

    [Fact]
    public void WuZhaohuisEssay_EnglishHalf_NamesItsAuthorWithOrcid()
    {
        string text = Seed("000_acb19a4f519c0f38.txt");
        var split = LanguageSplit.Find(text)!;

        var en = AuthorStatements.Read(text[split.Start..]);

        Assert.Equal(["Wu Zhaohui"], en.Authors);
        Assert.Equal("0009-0009-5318-3027", en.Orcid);
        Assert.Equal("2026-06", en.Date);
        Assert.StartsWith("Tokens are becoming the core unit of measurement in the AI era", en.Abstract);
        Assert.Contains("Tokens are merely fuel", en.Abstract);
        Assert.DoesNotContain("Without goods", en.Abstract);
        Assert.Equal("Token", en.Keywords[0]);
    }

    [Fact]
    public void LiWeisEssay_NamesNoAuthorOfItsOwn_AndIsNotSplit()
    {
        string text = Seed("001_e95ac172de7e4ee3.txt");

        var statements = AuthorStatements.Read(text);

        // "by William Lee (@liwei999), with Tuya" heads one piece in the middle of the collection, and
        // "by Tuya" others: neither is the document's byline. Unknown is right; Wu Zhaohui never is.
        Assert.Empty(statements.Authors);
        Assert.Null(statements.Orcid);
        Assert.Null(LanguageSplit.Find(text));
    }
}
