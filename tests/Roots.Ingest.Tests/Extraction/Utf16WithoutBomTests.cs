using System.Text;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>
/// UTF-16 without a byte-order mark (Windows tools write it: PowerShell redirection, some exports)
/// is text with NUL bytes in every other place: it is recognised and decoded, and binary is still refused.
/// </summary>
public sealed class Utf16WithoutBomTests
{
    private const string English = "Roots keeps what a person collects.\r\nIt finds it again, in Chinese and in English.\r\n";
    private const string Chinese = "知识之根是一个本地优先的知识引擎。\n它保存一个人收集的一切，理解它，连接它。\n";

    public static TheoryData<string, string, string> Texts => new()
    {
        { English, "utf-16le", "English LE" },
        { English, "utf-16be", "English BE" },
        { Chinese, "utf-16le", "Chinese LE" },
        { Chinese, "utf-16be", "Chinese BE" },
        { "# 标题 Title\n\nMixed 中英 text, ünïcödé.\n", "utf-16le", "mixed LE" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decode_Utf16WithoutBom_IsDecoded(string text, string encoding, string _)
    {
        // given
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal((text, encoding), result.Value);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Sniff_Utf16WithoutBom_IsText(string text, string encoding, string _)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);

        var sniffed = MediaTypeSniffer.Sniff("notes.md", bytes);

        Assert.Equal(MediaTypes.Markdown, sniffed.Value);
    }

    [Fact]
    public void Extract_Utf16LeChineseNoteWithoutBom_GivesItsText()
    {
        var bytes = Encoding.Unicode.GetBytes("知识之根\r\n\r\n本地优先的知识引擎。");

        var extracted = ExtractorSet.Default.ExtractFile("note.txt", bytes);

        Assert.True(extracted.IsSuccess, extracted.Error);
        Assert.Equal("知识之根", extracted.Value.Title);
        Assert.Contains("本地优先的知识引擎", extracted.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HtmlInUtf16LeWithoutBom_IsHtml()
    {
        var bytes = Encoding.Unicode.GetBytes("<!doctype html><html><head><title>知识</title></head><body><p>根</p></body></html>");

        Assert.Equal(MediaTypes.Html, MediaTypeSniffer.Sniff("page.html", bytes).Value);
    }

    public static TheoryData<byte[], string> Binaries => new()
    {
        { TestEncodings.RandomBytes(4096), "random bytes" },
        { [.. TestEncodings.RandomBytes(64).Select((b, i) => i % 2 == 1 ? (byte)0 : b)], "16-bit samples below 256" },
        { [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0], "an ELF header" },
        { [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0], "a GIF header (an image format not read)" },
        { [.. Encoding.Unicode.GetBytes("text"), 0, 0, .. Encoding.Unicode.GetBytes("more")], "UTF-16 holding a NUL character" },
    };

    [Theory]
    [MemberData(nameof(Binaries))]
    public void Decode_BinaryWithNulBytes_IsStillRefused(byte[] bytes, string _)
    {
        Assert.Equal(ExtractionReasons.Binary, TextDecoder.Decode(bytes).Error);
        Assert.Equal(ExtractionReasons.Binary, MediaTypeSniffer.Sniff("data.md", bytes).Error);
    }

    [Fact]
    public void Decode_AsciiText_IsNotTakenForUtf16()
    {
        // ASCII pairs read as UTF-16 would be CJK characters: without NUL bytes, UTF-16 is never guessed
        Assert.Equal(("plain ascii text\n", "utf-8"), TextDecoder.Decode("plain ascii text\n"u8).Value);
    }
}
