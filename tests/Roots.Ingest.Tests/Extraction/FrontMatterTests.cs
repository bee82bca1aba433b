using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class FrontMatterTests
{
    [Fact]
    public void Parse_QuotedScalarsWithColonsAndComments_Unquotes()
    {
        // given
        var front = FrontMatter.Parse("title: \"Roots: a \\\"knowledge\\\" engine\"\nsubtitle: 'it''s local' \ndate: 2024-06-07 # published\n");

        // when / then
        Assert.Equal("Roots: a \"knowledge\" engine", front.Scalar("title"));
        Assert.Equal("it's local", front.Scalar("subtitle"));
        Assert.Equal("2024-06-07", front.Scalar("DATE"));
    }

    [Fact]
    public void Parse_FoldedBlockScalar_JoinsLines()
    {
        // given
        var front = FrontMatter.Parse("description: >\n  first line\n  second line\ntitle: T");

        // when / then
        Assert.Equal("first line second line", front.Scalar("description"));
        Assert.Equal("T", front.Scalar("title"));
    }

    [Fact]
    public void Parse_NestedMap_IsSkippedNotFailed()
    {
        // given
        var front = FrontMatter.Parse("author:\n  name: Lin\n  email: lin@example.org\ntitle: After");

        // when / then
        Assert.Null(front.Scalar("author"));
        Assert.Equal("After", front.Scalar("title"));
    }

    [Fact]
    public void List_FullWidthCommas_Split()
    {
        // given
        var front = FrontMatter.Parse("tags: 知识，搜索、笔记");

        // when / then
        Assert.Equal(["知识", "搜索", "笔记"], front.List("tags"));
    }

    [Fact]
    public void List_FlowListWithQuotedComma_KeepsItemWhole()
    {
        // given
        var front = FrontMatter.Parse("tags: [\"a, b\", c]");

        // when / then
        Assert.Equal(["a, b", "c"], front.List("tags"));
    }
}
