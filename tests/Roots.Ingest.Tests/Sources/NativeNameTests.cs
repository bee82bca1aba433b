using Roots.Ingest.Sources;

namespace Roots.Ingest.Tests.Sources;

public sealed class NativeNameTests
{
    [Fact]
    public void Display_Utf8_IsTheName() => Assert.Equal("笔记 notes.md", NativeName.Display("笔记 notes.md"u8));

    [Fact]
    public void Display_Gbk_IsDecodedAsChinese() => Assert.Equal("中文.md", NativeName.Display([0xD6, 0xD0, 0xCE, 0xC4, (byte)'.', (byte)'m', (byte)'d']));

    [Fact]
    public void Display_NeitherUtf8NorGbk_EscapesTheBadBytesOnly() =>
        Assert.Equal(@"é\xFF.md", NativeName.Display([0xC3, 0xA9, 0xFF, (byte)'.', (byte)'m', (byte)'d']));
}
