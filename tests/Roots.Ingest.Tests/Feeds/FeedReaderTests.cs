using System.Text;
using Roots.Ingest.Feeds;
using Roots.Ingest.Tests.Web;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Feeds;

[Collection(FixtureServerCollection.Name)]
public sealed class FeedReaderTests(FixtureServer server)
{
    private static FeedDocument Parse(string text, string? url = null)
    {
        var result = FeedReader.Parse(Encoding.UTF8.GetBytes(text), url is null ? null : new Uri(url));
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public async Task Parse_AtomAndJsonFeedSiblings_GiveTheSameEntries()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var atom = FeedReader.Parse(await client.FetchAsync(server.Url("feeds/atom.xml")));
        Assert.True(atom.IsSuccess, atom.Error);
        var sibling = Assert.Single(atom.Value.Alternates);
        Assert.Equal("application/feed+json", sibling.MediaType);

        // The sibling link is absolute on the blog's host; fetch the fixture copy at the same path.
        var json = FeedReader.Parse(await client.FetchAsync(server.Url(sibling.Url.AbsolutePath.TrimStart('/'))));
        Assert.True(json.IsSuccess, json.Error);

        Assert.Equal(FeedFormat.Atom, atom.Value.Format);
        Assert.Equal(FeedFormat.JsonFeed, json.Value.Format);
        Assert.Equal(atom.Value.Title, json.Value.Title);
        Assert.Equal(atom.Value.Entries.Select(e => e.Id), json.Value.Entries.Select(e => e.Id));
        Assert.Equal(atom.Value.Entries.Select(e => e.Title), json.Value.Entries.Select(e => e.Title));
        Assert.Equal(atom.Value.Entries.Select(e => e.Published ?? e.Updated), json.Value.Entries.Select(e => e.Published));
        Assert.Equal(atom.Value.Entries.SelectMany(e => e.Authors), json.Value.Entries.SelectMany(e => e.Authors));
    }

    [Fact]
    public void Parse_Atom_ResolvesXmlBaseAndReadsTextConstructs()
    {
        var feed = Parse(FeedFixtures.Atom, "https://other.example/feed");

        Assert.Equal("Example Blog", feed.Title);
        Assert.Equal(new Uri("https://blog.example/"), feed.SiteLink);
        Assert.Equal(new Uri("https://blog.example/posts/2"), feed.Entries[0].Link);
        Assert.Equal(new Uri("https://blog.example/archive/1.html"), feed.Entries[1].Link);
        Assert.Equal("First & oldest", feed.Entries[1].Title);
        Assert.Equal("<p>The <b>second</b> post.</p>", feed.Entries[0].Content);
        Assert.Contains("First post.", feed.Entries[1].Content);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 7, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Equal(["Ada Lovelace"], feed.Entries[0].Authors);
        Assert.Equal(["Charles Babbage"], feed.Entries[1].Authors);
    }

    [Fact]
    public async Task Parse_RssWithRelativeLinks_ResolvesAgainstFeedUrl()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var feed = FeedReader.Parse(await client.FetchAsync(server.Url("feeds/rss.xml"))).Value;

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal(server.BaseUrl, feed.SiteLink);
        Assert.Equal(server.Url("items/1"), feed.Entries[0].Link);
        Assert.Equal(server.Url("feeds/items/2?x=1&y=2"), feed.Entries[1].Link);
        Assert.Equal("item-1", feed.Entries[0].Id);
        Assert.Equal(server.Url("feeds/items/2?x=1&y=2").AbsoluteUri, feed.Entries[1].Id);
        Assert.Equal("<p>Full content one</p>", feed.Entries[0].Content);
        Assert.Equal(["Ada Lovelace"], feed.Entries[0].Authors);
        Assert.Equal(["Grace Hopper"], feed.Entries[1].Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 2, 0, 0, TimeSpan.Zero), feed.Entries[1].Published);
    }

    [Fact]
    public void Parse_RssJavascriptLinkAndBadDate_AreDroppedNotFatal()
    {
        var feed = Parse(FeedFixtures.Rss20Relative, "https://feed.example/rss");
        var bad = feed.Entries[2];
        Assert.Equal(new Uri("https://feed.example/guid-3"), bad.Link);
        Assert.Null(bad.Published);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItems()
    {
        var feed = Parse(FeedFixtures.Rss10Rdf);
        Assert.Equal(FeedFormat.RssRdf, feed.Format);
        Assert.Equal("Journal RDF", feed.Title);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://journal.example/a/1", entry.Id);
        Assert.Equal(["Lovelace, Ada"], entry.Authors);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 12, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Parse_Rss091WithDoctypeAndLatin1_Reads()
    {
        var bytes = Encoding.Latin1.GetBytes(FeedFixtures.Rss091);
        var feed = FeedReader.Parse(bytes).Value;
        Assert.Equal("Café opens", Assert.Single(feed.Entries).Title);
    }

    [Theory]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z")]
    [InlineData("5 Mar 2024 10:00 EST", "2024-03-05T15:00:00Z")]
    [InlineData("Wed, 6 Mar 2024 10:00:00 +0800", "2024-03-06T02:00:00Z")]
    [InlineData("2024-03-05T10:00:00+01:00", "2024-03-05T09:00:00Z")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00Z")]
    public void Dates_CommonForms_Parse(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("<rss><channel><title>cut off", "malformed feed XML")]
    [InlineData("<html><body>hi</body></html>", "an HTML page")]
    [InlineData("<svg/>", "unknown root element")]
    [InlineData("<rss version=\"2.0\"/>", "without <channel>")]
    [InlineData("{\"title\": \"no version\"}", "JSON without a JSON Feed version")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\", ", "malformed JSON Feed")]
    [InlineData("[1,2,3]", "not a feed")]
    [InlineData("just text", "neither XML nor JSON")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss><channel><title>&b;</title></channel></rss>", "malformed feed XML")]
    public void Parse_Malformed_FailsWithReason(string text, string reason)
    {
        var result = FeedReader.Parse(Encoding.UTF8.GetBytes(text));
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Parse_BinaryGarbage_FailsWithReason()
    {
        var result = FeedReader.Parse(Extraction.TestEncodings.RandomBytes(4096));
        Assert.False(result.IsSuccess);
        var xmlish = FeedReader.Parse(new ReadOnlyMemory<byte>([(byte)'<', .. Extraction.TestEncodings.RandomBytes(4096)]));
        Assert.False(xmlish.IsSuccess);
    }

    [Fact]
    public async Task Fetch_BrokenFeedFromServer_FailsCleanly()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var result = FeedReader.Parse(await client.FetchAsync(server.Url("feeds/broken.xml")));
        Assert.StartsWith("malformed feed XML", result.Error);
    }

    [Fact]
    public async Task Fetch_FeedConditionalGet_IsNotModified()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var first = await client.FetchAsync(server.Url("feeds/conditional.xml"));
        var again = await client.FetchAsync(new FetchRequest(server.Url("feeds/conditional.xml"), first.ETag));
        Assert.Equal(FetchOutcome.Fetched, first.Outcome);
        Assert.Equal(FetchOutcome.NotModified, again.Outcome);
    }
}
