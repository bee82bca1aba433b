using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// The address policy (<c>fetch.allow</c>) at the ways URLs enter: a feed at a private address is
/// refused when subscribed, not only when polled; a URL refused by the policy is not remembered
/// as a failed URL, so allowing its host lets the next <c>roots add</c> fetch it. And a URL
/// collected before keeps the tags a later import gives it.
/// </summary>
public sealed class WebPolicyTests : IAsyncLifetime, IDisposable
{
    private readonly TempLibrary _library = new();
    private WebFixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new WebFixtureServer();
        Assert.Equal(0, (await _library.Roots("init")).ExitCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _library.Dispose();

    [Theory]
    [InlineData("http://127.0.0.1:9/feed.xml", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://[::1]/feed", "loopback")]
    [InlineData("http://10.0.0.7/rss", "private")]
    public async Task FeedAdd_PrivateAddress_ExitsOneWithOneLine_AndSubscribesNothing(string url, string reason)
    {
        var added = await _library.Roots("feed", "add", url);

        Assert.Equal(1, added.ExitCode);
        string line = Assert.Single(added.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains("fetch.allow", line, StringComparison.Ordinal);
        Assert.Equal(0, (await _library.Json("feed", "list", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task FeedAdd_HostAllowedByFetchAllow_Subscribes()
    {
        var added = await _library.RootsWithEnvironment(_server.AllowEnvironment, "feed", "add", _server.Url("feed.xml"));
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(1, (await _library.Json("feed", "list", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task FeedImport_OpmlWithAPrivateFeed_SubscribesTheOthersAndReportsIt()
    {
        string opml = _library.Write("subs.opml", """
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline type="rss" text="Metadata" xmlUrl="http://169.254.169.254/latest/meta-data/"/>
            <outline type="rss" text="Blog" xmlUrl="https://blog.example.org/atom.xml"/></body></opml>
            """);

        var imported = await _library.Roots("feed", "import", opml);

        Assert.Equal(3, imported.ExitCode);
        Assert.Contains("169.254.169.254", imported.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 feeds added", imported.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, (await _library.Json("feed", "list", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task AddUrl_RefusedByPolicy_ThenHostAllowedInRootsYaml_IsFetchedWithoutRefresh()
    {
        // given a URL refused because its host is loopback
        string url = _server.Page("policy", "Allowed Later", WebFixtureServer.LongText());
        var refused = await _library.Roots("add", url);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("fetch.allow", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("/page/policy"));

        // when the user allows the host in roots.yaml and adds the URL again, without --refresh
        await File.AppendAllTextAsync(Path.Combine(_library.Library, "roots.yaml"), $"\nfetch:\n  allow: [\"127.0.0.1:{_server.BaseUrl.Port}\"]\n");
        var again = await _library.Roots("add", url);

        // then it is fetched and kept: the refusal was the policy's, not the URL's
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("1 added", again.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("failed earlier", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, _server.Hits("/page/policy"));
    }

    [Fact]
    public async Task AddUrl_StillRefusedByPolicy_SaysWhyAgain()
    {
        string url = _server.Page("still", "Still Refused", WebFixtureServer.LongText());
        Assert.NotEqual(0, (await _library.Roots("add", url)).ExitCode);

        var again = await _library.Roots("add", url);

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("loopback", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("fetch.allow", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("/page/still"));
    }

    [Fact]
    public async Task AddFrom_UrlCollectedBefore_GetsTheImportsTagsAsUserTags_ButNotOnesTheUserRemoved()
    {
        // given a page collected without tags, and one tag the user then removed from it
        string url = _server.Page("tagged", "Tagged Later", WebFixtureServer.LongText());
        var first = await _library.RootsWithEnvironment(_server.AllowEnvironment, "add", url, "--tag", "gone", "--json");
        Assert.Equal(0, first.ExitCode);
        string id = JsonDocument.Parse(first.Stdout).RootElement.GetProperty("items")[0].GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await _library.Roots("tag", id, "--remove", "gone")).ExitCode);

        // when a bookmarks export names the same URL with tags, and --tag adds one more
        string bookmarks = _library.Write("bookmarks.html", $"""
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <DL><p><DT><A HREF="{url}" TAGS="archives,gone">Tagged Later</A></DL>
            """);
        var imported = await _library.RootsWithEnvironment(_server.AllowEnvironment, "add", "--from", bookmarks, "--tag", "reading");

        // then the item has the import's tags as user tags, the removed one stays removed, and nothing was fetched again
        Assert.Equal(0, imported.ExitCode);
        var shown = await _library.Json("show", id, "--json");
        var tags = shown.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("origin").GetString());
        Assert.Equal("user", tags["archives"]);
        Assert.Equal("user", tags["reading"]);
        Assert.False(tags.ContainsKey("gone"));
        Assert.Equal(1, _server.Hits("/page/tagged"));
    }

    [Fact]
    public async Task AddFrom_KarakeepExport_KeepsLinksAndTextBookmarksAsNotes_AndReportsTheAssetItSkipped()
    {
        // given a Karakeep export with a link, a text bookmark and an uploaded image
        string url = _server.Page("karakeep", "Bookmarked Essay", WebFixtureServer.LongText());
        string export = _library.Write("karakeep.json", $$"""
            {"bookmarks":[
              {"id":"k1","createdAt":1714557600,"title":"Bookmarked Essay","tags":["reading"],"lists":[],
               "content":{"type":"link","url":"{{url}}"},"note":null,"archived":false},
              {"id":"k2","createdAt":1714644000,"title":"Tea idea","tags":["tea"],"lists":[],
               "content":{"type":"text","text":"Oolong keeps its aroma when brewed at ninety degrees."},"note":null,"archived":false},
              {"id":"k3","createdAt":1714730400,"title":"Scanned receipt","tags":[],"lists":[],
               "content":{"type":"asset","assetId":"a-1"},"note":null,"archived":false}],
             "lists":[]}
            """);

        // when added from it
        var outcome = await _library.RootsWithEnvironment(_server.AllowEnvironment, "add", "--from", export, "--json");

        // then the link and the note are items, and the asset is reported with its reason: partial success
        Assert.Equal(3, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        var failure = Assert.Single(report.GetProperty("failures").EnumerateArray());
        Assert.Contains("Scanned receipt", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var items = await _library.Json("list", "--json");
        var note = Assert.Single(items.EnumerateArray(), i => i.GetProperty("title").GetString() == "Tea idea");
        var shown = await _library.Json("show", note.GetProperty("id").GetRawText(), "--json");
        Assert.Equal("note", shown.GetProperty("item").GetProperty("kind").GetString());
        Assert.Contains("ninety degrees", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(shown.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == "tea");
        Assert.StartsWith("2024-05-02", shown.GetProperty("item").GetProperty("published").GetString(), StringComparison.Ordinal);
    }
}
