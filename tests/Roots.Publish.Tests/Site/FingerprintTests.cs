using System.IO.Hashing;
using System.Text;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Tests.Site;

/// <summary>A page's input key: parts cannot run together, and a long text hashes as if encoded whole.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void PartsAreDelimited()
    {
        Assert.NotEqual(new Fingerprint().Add("ab", "c").ToString(), new Fingerprint().Add("a", "bc").ToString());
        Assert.NotEqual(new Fingerprint().Add((string?)null).ToString(), new Fingerprint().Add("").ToString());
        Assert.Equal(new Fingerprint().Add("a").Add("b").ToString(), new Fingerprint().Add("a", "b").ToString());
    }

    [Fact]
    public void IsTheXxh128OfTheLengthPrefixedParts()
    {
        string expected = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes("2:中文|0:|")));
        Assert.Equal(expected, new Fingerprint().Add("中文", "").ToString());
        Assert.Equal(32, expected.Length);
    }

    [Fact]
    public void LongText_WithSurrogatePairsAcrossChunks_HashesAsIfEncodedWhole()
    {
        // 8,191 ASCII characters, then emoji: the first pair straddles the 8,192-character chunk boundary.
        string text = new string('x', 8191) + string.Concat(Enumerable.Repeat("😀漢", 5000));
        string expected = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text.Length + ":" + text + "|1:a|")));
        Assert.Equal(expected, new Fingerprint().Add(text, "a").ToString());
    }
}
