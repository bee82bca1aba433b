using System.Text;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class HtmlGuardsTests
{
    [Fact]
    public void Limit_OrdinaryPage_ReturnsSameInstance()
    {
        // given
        const string page = "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><img src=x><br/></div></body></html>";

        // when
        var limited = HtmlNestingGuard.Limit(page);

        // then
        Assert.Same(page, limited);
    }

    [Fact]
    public void Limit_TooDeep_DropsTagsPastTheLimitKeepingText()
    {
        // given 600 nested divs
        var page = string.Concat(Enumerable.Repeat("<div>", 600)) + "x" + string.Concat(Enumerable.Repeat("</div>", 600));

        // when
        var limited = HtmlNestingGuard.Limit(page);

        // then
        var expected = string.Concat(Enumerable.Repeat("<div>", 512)) + "x" + string.Concat(Enumerable.Repeat("</div>", 512));
        Assert.Equal(expected, limited);
    }

    [Fact]
    public void Limit_TagsInsideScriptAndComments_AreNotCounted()
    {
        // given many div tags inside a script and a comment, which are not elements
        var fake = string.Concat(Enumerable.Repeat("<div>", 1000));
        var page = $"<script>var s = '{fake}';</script><!-- {fake} --><p title=\"a>b\">ok</p>";

        // when
        var limited = HtmlNestingGuard.Limit(page);

        // then
        Assert.Same(page, limited);
    }

    [Theory]
    [InlineData("<meta charset=\"gbk\">", "gbk")]
    [InlineData("<META CHARSET=Big5 />", "Big5")]
    [InlineData("<meta http-equiv='Content-Type' content='text/html; charset=shift_jis'>", "shift_jis")]
    [InlineData("<meta charset=\"utf-16\">", "utf-8")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\">", null)]
    public void Prescan_MetaForms_FindLabel(string head, string? expected)
    {
        // given
        var bytes = Encoding.ASCII.GetBytes("<html><head>" + head + "</head>");

        // when
        var label = HtmlCharsetPrescan.Find(bytes);

        // then
        Assert.Equal(expected, label);
    }

    [Fact]
    public void Prescan_MetaAfterFirstKilobyte_IsNotSeen()
    {
        // given
        var bytes = Encoding.ASCII.GetBytes("<html><head><!--" + new string('x', 1100) + "--><meta charset=gbk>");

        // when
        var label = HtmlCharsetPrescan.Find(bytes);

        // then
        Assert.Null(label);
    }
}
