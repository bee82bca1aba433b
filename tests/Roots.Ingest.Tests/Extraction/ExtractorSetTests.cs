using Roots.Core;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class ExtractorSetTests
{
    [Fact]
    public void Default_HoldsTheExtractorsInOrder()
    {
        // given / when
        var types = ExtractorSet.Default.Extractors.Select(e => e.GetType()).ToArray();

        // then
        Assert.Equal([typeof(PlainTextExtractor), typeof(MarkdownExtractor), typeof(HtmlExtractor), typeof(PdfExtractor), typeof(EmailExtractor), typeof(MboxExtractor),
            typeof(ImageExtractor)],
            types);
    }

    [Fact]
    public void Extract_UnknownMediaType_FailsNamingIt()
    {
        // given
        var request = new ExtractionRequest(TestEncodings.Utf8("{}"), MediaTypes.Json);

        // when
        var result = ExtractorSet.Default.Extract(request);

        // then
        Assert.Equal("no extractor for media type application/json", result.Error);
    }

    [Fact]
    public void Extract_FirstMatchingExtractorWins()
    {
        // given two extractors for the same type
        var set = new ExtractorSet([new FixedExtractor("first"), new FixedExtractor("second")]);

        // when
        var result = set.Extract(new ExtractionRequest(TestEncodings.Utf8("x"), "text/x-test"));

        // then
        Assert.Equal("first", result.Value.Text);
    }

    [Theory]
    [InlineData("note.md", "# 标题\n\n正文", "标题\n\n正文")]
    [InlineData("note.txt", "# not a heading", "# not a heading")]
    [InlineData(null, "<!doctype html><title>T</title><p>网页</p>", "网页")]
    public void ExtractFile_SniffsThenExtracts(string? fileName, string content, string expectedText)
    {
        // given / when
        var result = ExtractorSet.Default.ExtractFile(fileName, TestEncodings.Utf8(content));

        // then
        Assert.Equal(expectedText, result.Value.Text);
    }

    [Fact]
    public void ExtractFile_Pdf_ReadsIt()
    {
        // given
        var pdf = TestPdfs.Build("Title", "Author", ["Hello from a PDF."]);

        // when
        var result = ExtractorSet.Default.ExtractFile("download", pdf);

        // then
        Assert.Equal("Hello from a PDF.", result.Value.Text);
    }

    [Fact]
    public void ExtractFile_RandomBinaryNamedMarkdown_FailsAsBinary()
    {
        // given
        var bytes = TestEncodings.RandomBytes(100_000);

        // when
        var result = ExtractorSet.Default.ExtractFile("photo.md", bytes);

        // then
        Assert.Equal("binary file (not text, Markdown, HTML or PDF)", result.Error);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty file")]
    [InlineData("blank.md", " \n\t\n ", "no text in document")]
    [InlineData("blank.html", "<html>  </html>", "no text in document")]
    public void ExtractFile_NothingToRead_FailsWithReason(string fileName, string content, string expected)
    {
        // given / when
        var result = ExtractorSet.Default.ExtractFile(fileName, TestEncodings.Utf8(content));

        // then
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Extract_CancelledToken_Throws()
    {
        // given
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var request = new ExtractionRequest(TestEncodings.Utf8("text"), MediaTypes.PlainText);

        // when / then
        Assert.Throws<OperationCanceledException>(() => ExtractorSet.Default.Extract(request, cancellation.Token));
    }

    [Fact]
    public void Extract_ConcurrentCallsOnSharedInstances_GiveIdenticalResults()
    {
        // given one Markdown note and one HTML page, extracted from 16 threads at once
        var note = new ExtractionRequest(TestEncodings.Utf8("---\ntitle: 并发\n---\n# 标题\n\n- a\n- b"), MediaTypes.Markdown);
        var page = new ExtractionRequest(TestEncodings.Utf8("<title>T</title><article><p>正文</p></article>"), MediaTypes.Html);

        // when (dedicated threads: the thread pool is shared with the other tests and starts small)
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 4; i++)
            {
                var result = ExtractorSet.Default.Extract((t + i) % 2 == 0 ? note : page);
                results.Add(result.IsSuccess ? result.Value.Title + "|" + result.Value.Text : "failed: " + result.Error);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        // then
        Assert.Equal(64, results.Count);
        Assert.Equal(["T|正文", "并发|标题\n\na\nb"], results.Distinct().Order());
    }

    private sealed class FixedExtractor(string text) : IExtractor
    {
        public bool CanExtract(string mediaType) => mediaType == "text/x-test";

        public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default) =>
            new ExtractedDocument(text);
    }
}
