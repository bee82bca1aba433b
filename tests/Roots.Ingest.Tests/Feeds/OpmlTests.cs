using System.Text;
using Roots.Ingest.Feeds;

namespace Roots.Ingest.Tests.Feeds;

public sealed class OpmlTests
{
    private const string Sample = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>Subs</title></head><body>
          <outline text="Science">
            <outline text="Journals">
              <outline type="rss" text="Nature" xmlUrl="https://www.nature.com/nature.rss" htmlUrl="https://www.nature.com"/>
            </outline>
          </outline>
          <outline type="rss" title="Blog" text="ignored" xmlUrl="https://blog.example/feed"/>
          <outline type="rss" text="Evil" xmlUrl="javascript:alert(1)"/>
        </body></opml>
        """;

    private static Roots.Core.Result<IReadOnlyList<OpmlOutline>> Read(string xml) =>
        Opml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Read_NestedOutlines_GiveCategoryPaths()
    {
        var outlines = Read(Sample).Value;
        Assert.Equal(2, outlines.Count);
        Assert.Equal(new OpmlOutline("Nature", new Uri("https://www.nature.com/nature.rss"), new Uri("https://www.nature.com"), "Science/Journals"), outlines[0]);
        Assert.Equal("Blog", outlines[1].Title);
        Assert.Null(outlines[1].Category);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var outlines = Read(Sample).Value;
        var written = Opml.Write(outlines, "Mine", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Contains("<opml version=\"2.0\">", written);
        Assert.Equal(outlines.OrderBy(o => o.FeedUrl.AbsoluteUri), Read(written).Value.OrderBy(o => o.FeedUrl.AbsoluteUri));
    }

    [Theory]
    [InlineData("<opml><body><outline")]
    [InlineData("<rss/>")]
    [InlineData("")]
    public void Read_Malformed_FailsWithReason(string xml)
    {
        var result = Read(xml);
        Assert.False(result.IsSuccess);
        Assert.Contains("OPML", result.Error);
    }
}
