using System.Diagnostics;
using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class HtmlExtractorTests
{
    private readonly HtmlExtractor _extractor = new();

    private Roots.Core.Result<ExtractedDocument> Extract(byte[] bytes, string? charset = null) =>
        _extractor.Extract(new ExtractionRequest(bytes, MediaTypes.Html, "page.html", charset));

    private const string ChinesePage = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title> 知识之根 | 本地优先的知识引擎 </title>
          <meta name="description" content="一篇介绍知识之根的文章。">
          <meta name="author" content="林一">
          <meta property="article:published_time" content="2024-06-07T08:00:00+08:00">
          <link rel="canonical" href="https://example.org/zh/roots">
          <style>body { color: red }</style>
          <script>document.write("不应出现");</script>
        </head>
        <body>
          <header><a href="/">首页</a> <a href="/about">关于</a></header>
          <nav><ul><li>导航一</li><li>导航二</li></ul></nav>
          <article>
            <header><h1>为什么要本地优先</h1></header>
            <p>数据属于<strong>收集它的人</strong>，
               不属于云服务。</p>
            <ul><li>离线可用</li><li>可以导出</li></ul>
            <pre>var roots = new Library();
        roots.Add("note");</pre>
            <footer>分享到微博</footer>
          </article>
          <aside>相关文章</aside>
          <footer>© 2024 版权所有</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Extract_ChineseArticlePage_TakesArticleTextWithoutNoise()
    {
        // given
        var bytes = TestEncodings.Utf8(ChinesePage);

        // when
        var result = Extract(bytes);

        // then
        var document = result.Value;
        Assert.Equal(
            "为什么要本地优先\n\n数据属于收集它的人， 不属于云服务。\n\n离线可用\n可以导出\n\nvar roots = new Library();\nroots.Add(\"note\");",
            document.Text);
        Assert.Equal("知识之根 | 本地优先的知识引擎", document.Title);
        Assert.Equal("zh-CN", document.Language);
        Assert.Equal("一篇介绍知识之根的文章。", document.Description);
        Assert.Equal("林一", document.Fields["author"]);
        Assert.Equal("2024-06-07T08:00:00+08:00", document.Fields["published"]);
        Assert.Equal("https://example.org/zh/roots", document.Fields["canonical"]);
        Assert.Equal("utf-8", document.Fields["charset"]);
    }

    [Fact]
    public void Extract_EnglishPageWithoutArticle_UsesMainAndDropsChrome()
    {
        // given a page with site chrome around <main>
        const string page = """
            <html lang="en"><head>
              <meta property="og:title" content="Roots, a knowledge engine">
              <meta property="og:description" content="What Roots keeps.">
              <meta name="citation_publication_date" content="2024/06/07">
            </head><body>
              <div class="banner">Subscribe now!</div>
              <main>
                <h2>Keeping things</h2>
                <div>First line<br>second line</div>
                <table><tr><th>Stage</th><th>Does</th></tr><tr><td>Collect</td><td>fetches</td></tr></table>
                <form><input value="search"><button>Go</button></form>
                <p hidden>hidden text</p>
                <noscript>enable JS</noscript>
                <iframe src="https://ads.example"></iframe>
              </main>
            </body></html>
            """;

        // when
        var result = Extract(TestEncodings.Utf8(page));

        // then
        var document = result.Value;
        Assert.Equal("Keeping things\n\nFirst line\nsecond line\n\nStage\tDoes\nCollect\tfetches", document.Text);
        Assert.Equal("Roots, a knowledge engine", document.Title);
        Assert.Equal("What Roots keeps.", document.Description);
        Assert.Equal("en", document.Language);
        Assert.Equal("2024/06/07", document.Fields["published"]);
        Assert.False(document.Fields.ContainsKey("author"));
    }

    [Fact]
    public void Extract_NoTitleElementNorOgTitle_TitleIsFirstH1()
    {
        // given
        var bytes = TestEncodings.Utf8("<body><p>intro</p><h1> The <em>real</em>\n title </h1><p>text</p></body>");

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("The real title", result.Value.Title);
        Assert.Equal("intro\n\nThe real title\n\ntext", result.Value.Text);
    }

    [Fact]
    public void Extract_SeveralArticles_ReadsTheWholeBody()
    {
        // given a blog index with several teasers
        var bytes = TestEncodings.Utf8("<body><article><p>First post</p></article><article><p>Second post</p></article></body>");

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("First post\n\nSecond post", result.Value.Text);
    }

    [Fact]
    public void Extract_GbkPageWithMetaCharset_HonoursMeta()
    {
        // given a GBK page that declares its charset in a meta tag
        const string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            + "<title>读书笔记</title></head><body><p>知识之根是一个本地优先的知识引擎。</p></body></html>";
        var bytes = TestEncodings.Encode("GB18030", page);

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("读书笔记", result.Value.Title);
        Assert.Equal("知识之根是一个本地优先的知识引擎。", result.Value.Text);
        Assert.Equal("gb18030", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_Big5PageWithMetaCharsetShortForm_HonoursMeta()
    {
        // given
        var bytes = TestEncodings.Encode("big5", "<meta charset=big5><title>知識之根</title><p>本地優先的知識引擎</p>");

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("知識之根", result.Value.Title);
        Assert.Equal("本地優先的知識引擎", result.Value.Text);
        Assert.Equal("big5", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_Utf16LePageWithBom_Decodes()
    {
        // given
        var bytes = TestEncodings.WithBom(Encoding.Unicode, "<html><body><p>你好，Roots</p></body></html>");

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("你好，Roots", result.Value.Text);
        Assert.Equal("utf-16le", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_ShiftJisPageDeclaredByRequest_UsesRequestCharset()
    {
        // given a Shift_JIS page whose charset comes from the HTTP header only
        var bytes = TestEncodings.Encode("shift_jis", "<p>ルーツは知識エンジンです。</p>");

        // when
        var result = Extract(bytes, "Shift_JIS");

        // then
        Assert.Equal("ルーツは知識エンジンです。", result.Value.Text);
        Assert.Equal("shift_jis", result.Value.Fields["charset"]);
    }

    [Fact]
    public void Extract_ScriptsOnly_FailsWithNoText()
    {
        // given a single-page-app shell
        var bytes = TestEncodings.Utf8("<html><head><title>App</title></head><body><div id=app></div><script>boot()</script></body></html>");

        // when
        var result = Extract(bytes);

        // then
        Assert.Equal("no text in document", result.Error);
    }

    [Fact]
    public void Extract_FiftyThousandNestedDivs_FinishesWithText()
    {
        // given 50,000 nested divs around one word
        var builder = new StringBuilder("<html><body>");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append("<div>");
        }

        builder.Append("deep");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append("</div>");
        }

        var bytes = TestEncodings.Utf8(builder.Append("</body></html>").ToString());

        // when
        var stopwatch = Stopwatch.StartNew();
        var result = Extract(bytes);
        stopwatch.Stop();

        // then
        Assert.Equal("deep", result.Value.Text);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Extract_FiftyThousandUnclosedNestedElements_FinishesWithText()
    {
        // given unclosed sections and spans, a different hostile shape
        var bytes = TestEncodings.Utf8(string.Concat(Enumerable.Repeat("<section><span>", 25_000)) + "bottom");

        // when
        var stopwatch = Stopwatch.StartNew();
        var result = Extract(bytes);
        stopwatch.Stop();

        // then
        Assert.Equal("bottom", result.Value.Text);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Extract_Empty_FailsWithEmptyFile()
    {
        // given / when
        var result = Extract([]);

        // then
        Assert.Equal("empty file", result.Error);
    }
}
