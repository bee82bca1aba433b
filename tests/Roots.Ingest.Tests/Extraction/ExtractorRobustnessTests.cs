using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>
/// A small, deterministic fuzz: random bytes and every truncation of real documents go through
/// every extractor, which must answer with a result (success or a one-line reason), never an
/// exception.
/// </summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly IExtractor[] _extractors =
        [new PlainTextExtractor(), new MarkdownExtractor(), new HtmlExtractor(), new PdfExtractor()];

    private static readonly string[] _mediaTypes = [MediaTypes.PlainText, MediaTypes.Markdown, MediaTypes.Html, MediaTypes.Pdf];

    [Fact]
    public void Extract_RandomBytes_NeverThrowsAndReasonsAreOneLine()
    {
        // given 40 random inputs of growing length
        for (var seed = 0; seed < 40; seed++)
        {
            var bytes = TestEncodings.RandomBytes(1 + (seed * 97), seed);
            for (var i = 0; i < _extractors.Length; i++)
            {
                // when
                var result = _extractors[i].Extract(new ExtractionRequest(bytes, _mediaTypes[i]));

                // then
                AssertOneLineReasonOrText(result);
            }
        }
    }

    [Fact]
    public void Extract_EveryTruncationOfRealDocuments_NeverThrows()
    {
        // given a Markdown note, an HTML page and a PDF, cut at many points
        var samples = new (byte[] Bytes, IExtractor Extractor, string MediaType)[]
        {
            (TestEncodings.Utf8("---\ntitle: 笔记\ntags: [a, b]\n---\n# 标题\n\n- item [link](http://x)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```"),
                _extractors[1], MediaTypes.Markdown),
            (TestEncodings.Utf8("<html lang=zh><head><meta charset=utf-8><title>页</title></head><body><article><p>正文<br>行</p></article></body></html>"),
                _extractors[2], MediaTypes.Html),
            (TestPdfs.Build("Title", "Author", ["Page one."], ["Page two."]), _extractors[3], MediaTypes.Pdf),
        };

        foreach (var (bytes, extractor, mediaType) in samples)
        {
            var step = Math.Max(1, bytes.Length / 60);
            for (var length = 1; length < bytes.Length; length += step)
            {
                // when
                var result = extractor.Extract(new ExtractionRequest(bytes.AsMemory(0, length), mediaType));

                // then
                AssertOneLineReasonOrText(result);
            }
        }
    }

    private static void AssertOneLineReasonOrText(Roots.Core.Result<ExtractedDocument> result)
    {
        if (result.IsSuccess)
        {
            Assert.NotEqual(string.Empty, result.Value.Text.Trim());
        }
        else
        {
            Assert.DoesNotContain("\n", result.Error);
            Assert.InRange(result.Error!.Length, 1, 260);
        }
    }
}
