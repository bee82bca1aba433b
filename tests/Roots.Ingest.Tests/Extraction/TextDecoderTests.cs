using System.Text;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

public sealed class TextDecoderTests
{
    private const string Chinese = "知识之根是一个本地优先的知识引擎。它保存一个人收集的一切，理解它，连接它，并在以后再次找到它。";
    private const string Traditional = "知識之根是一個本地優先的知識引擎。它保存一個人收集的一切，理解它，連接它，並在以後再次找到它。";
    private const string Japanese = "ルーツはローカルファーストの知識エンジンです。集めたものを保存し、理解し、つなげます。";
    private const string Korean = "루츠는 로컬 우선 지식 엔진입니다. 사람이 모은 모든 것을 보관하고 이해합니다.";

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsTextAndUtf8()
    {
        // given
        var bytes = TestEncodings.Utf8("Roots 知识之根 — café");

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal(("Roots 知识之根 — café", "utf-8"), result.Value);
    }

    [Fact]
    public void Decode_Utf8WithBom_StripsBom()
    {
        // given
        var bytes = TestEncodings.WithBom(new UTF8Encoding(true), "知识 first");

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal(("知识 first", "utf-8"), result.Value);
    }

    [Theory]
    [InlineData("utf-16LE", "utf-16le")]
    [InlineData("utf-16BE", "utf-16be")]
    [InlineData("utf-32LE", "utf-32le")]
    [InlineData("utf-32BE", "utf-32be")]
    public void Decode_UnicodeWithBom_DecodesByBom(string encodingName, string expectedCharset)
    {
        // given
        var bytes = TestEncodings.WithBom(Encoding.GetEncoding(encodingName), Chinese + " English too.");

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal((Chinese + " English too.", expectedCharset), result.Value);
    }

    [Theory]
    [InlineData("GB18030", Chinese, "gb18030")]
    [InlineData("gb2312", Chinese, "gb18030")]
    [InlineData("big5", Traditional, "big5")]
    [InlineData("shift_jis", Japanese, "shift_jis")]
    [InlineData("euc-kr", Korean, "euc-kr")]
    public void Decode_LegacyCjkWithoutDeclaration_DetectsCharset(string encodingName, string text, string expectedCharset)
    {
        // given CJK text in a legacy encoding, with nothing declaring it
        var bytes = TestEncodings.Encode(encodingName, text);

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal((text, expectedCharset), result.Value);
    }

    [Fact]
    public void Decode_ShortGbkTheDetectorCannotJudge_FallsBackToGb18030()
    {
        // given five characters, too short for statistical detection
        var bytes = TestEncodings.Encode("GB18030", "你好，世界");

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal(("你好，世界", "gb18030"), result.Value);
    }

    [Fact]
    public void Decode_DeclaredGbk_DecodesAsGb18030Superset()
    {
        // given a character outside GB2312 (the euro sign exists in GBK/GB18030) and a declared "gb2312"
        var bytes = TestEncodings.Encode("GB18030", "价格：€5，镕");

        // when
        var result = TextDecoder.Decode(bytes, "gb2312");

        // then
        Assert.Equal(("价格：€5，镕", "gb18030"), result.Value);
    }

    [Fact]
    public void Decode_DeclaredWindows1252_UsesDeclaration()
    {
        // given Latin text that would also be valid in other single-byte encodings
        var bytes = TestEncodings.Encode("windows-1252", "Le café coûte cher à Genève.");

        // when
        var result = TextDecoder.Decode(bytes, "iso-8859-1");

        // then
        Assert.Equal(("Le café coûte cher à Genève.", "windows-1252"), result.Value);
    }

    [Fact]
    public void Decode_WrongDeclaredCharset_FallsBackToDetection()
    {
        // given UTF-8 Chinese declared as Shift_JIS (a copied template header)
        var bytes = TestEncodings.Utf8(Chinese);

        // when
        var result = TextDecoder.Decode(bytes, "shift_jis");

        // then
        Assert.Equal((Chinese, "utf-8"), result.Value);
    }

    [Fact]
    public void Decode_UnknownDeclaredCharset_IsIgnored()
    {
        // given
        var bytes = TestEncodings.Utf8("plain text");

        // when
        var result = TextDecoder.Decode(bytes, "x-no-such-charset");

        // then
        Assert.Equal(("plain text", "utf-8"), result.Value);
    }

    [Fact]
    public void Decode_BomWinsOverDeclaredCharset()
    {
        // given UTF-16 bytes with BOM but a declared (wrong) charset
        var bytes = TestEncodings.WithBom(Encoding.Unicode, Chinese);

        // when
        var result = TextDecoder.Decode(bytes, "gbk");

        // then
        Assert.Equal((Chinese, "utf-16le"), result.Value);
    }

    [Fact]
    public void Decode_InvalidUtf8MixedWithLatin1Bytes_DecodesWithoutReplacementCharacters()
    {
        // given mostly ASCII with stray Latin-1 bytes (invalid as UTF-8)
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, .. "e, na"u8, 0xEF, .. "ve"u8];

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain('\uFFFD', result.Value.Text);
        Assert.Equal("Café crème brûlée, naïve", result.Value.Text);
    }

    [Fact]
    public void Decode_Empty_FailsWithEmptyFile()
    {
        // given / when
        var result = TextDecoder.Decode(ReadOnlySpan<byte>.Empty);

        // then
        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void Decode_RandomBytes_Fails()
    {
        // given
        var bytes = TestEncodings.RandomBytes(4096);

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.False(result.IsSuccess);
        Assert.Matches("^(binary file|undecodable text)", result.Error);
    }

    [Fact]
    public void Decode_Utf16WithBomButOddGarbage_FailsAsUndecodable()
    {
        // given a UTF-16 BOM followed by unpaired surrogates (each decodes to U+FFFD)
        var bytes = new byte[2 + 200];
        bytes[0] = 0xFF;
        bytes[1] = 0xFE;
        for (var i = 2; i < bytes.Length; i += 2)
        {
            bytes[i] = 0x00;
            bytes[i + 1] = 0xDC;
        }

        // when
        var result = TextDecoder.Decode(bytes);

        // then
        Assert.Equal("undecodable text (tried utf-16le)", result.Error);
    }
}
