using System.Text.Json;
using Roots.Ingest.Web.Warc;

namespace Roots.Cli.Tests;

/// <summary>
/// Issue 3 end to end: the roots process collects from a real loopback web server that the
/// test allows with ROOTS_FETCH_ALLOW (and only in the tests that say so).
/// </summary>
public sealed class WebCollectTests : IAsyncLifetime, IDisposable
{
    private readonly TempLibrary _library = new();
    private WebFixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new WebFixtureServer();
        var init = await _library.Roots("init");
        Assert.Equal(0, init.ExitCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _library.Dispose();

    private Task<RootsProcess.Outcome> Allowed(params string[] args) => _library.RootsWithEnvironment(_server.AllowEnvironment, args);

    private async Task<JsonElement> AllowedJson(params string[] args)
    {
        var outcome = await Allowed([.. args, "--json"]);
        Assert.True(outcome.ExitCode is 0 or 3, $"roots {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Stderr}");
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    [Fact]
    public async Task Rebuild_BringsBackFetchedPages_ReadLikeWhenTheyWereFetched()
    {
        // given an article and a GBK page (its charset only in <meta>) collected from the web
        string article = _server.Page("essay", "Keeping Knowledge", WebFixtureServer.LongText());
        await AllowedJson("add", article, _server.Url("gbk"));
        var before = (await _library.Json("list", "--json")).EnumerateArray()
            .Select(i => (Source: i.GetProperty("source").GetString(), Title: i.GetProperty("title").GetString())).OrderBy(i => i.Source).ToList();

        // when the database is lost and rebuilt from the archive (no network needed)
        foreach (string file in Directory.EnumerateFiles(_library.Library, "roots.db*"))
        {
            File.Delete(file);
        }

        if (StoreUnderTest.IsPostgres)
        {
            StoreUnderTest.Drop(_library.Library);
        }

        var rebuild = await _library.Roots("rebuild");

        // then both come back under their URLs, with their titles, the article's author and the Chinese text intact
        Assert.True(rebuild.ExitCode == 0, rebuild.Stderr);
        var after = (await _library.Json("list", "--json")).EnumerateArray()
            .Select(i => (Source: i.GetProperty("source").GetString(), Title: i.GetProperty("title").GetString())).OrderBy(i => i.Source).ToList();
        Assert.Equal(before, after);
        Assert.Single((await _library.Json("search", WebFixtureServer.GbkSentence[..4], "--json")).EnumerateArray());
        var essay = (await _library.Json("list", "--json")).EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Keeping Knowledge");
        var shown = await _library.Json("show", essay.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal("Ada Lovelace", shown.GetProperty("fields").GetProperty("author").GetString());
    }

    [Fact]
    public async Task AddUrl_ArticleAndGbkPage_KeptWithMetadataChineseTextAndWarc()
    {
        // given an article and a page in GBK declared only by <meta charset>
        string article = _server.Page("essay", "Keeping Knowledge", WebFixtureServer.LongText());
        string gbk = _server.Url("gbk");

        // when both are added
        var report = await AllowedJson("add", article, gbk);

        // then both are items, the Chinese comes out right and the metadata is recorded
        Assert.True(2 == report.GetProperty("added").GetInt32(), report.ToString());
        var ids = report.GetProperty("items").EnumerateArray().Select(e => e.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // Pages are kept in the order their fetches finish, so the two are told apart by title.
        var shown = new List<System.Text.Json.JsonElement>();
        foreach (string id in ids)
        {
            shown.Add(await _library.Json("show", id, "--json"));
        }

        var first = Assert.Single(shown, s => s.GetProperty("item").GetProperty("title").GetString() == "Keeping Knowledge");
        Assert.Equal("Ada Lovelace", first.GetProperty("fields").GetProperty("author").GetString());
        Assert.Equal("example", first.GetProperty("fields").GetProperty("site").GetString());
        Assert.Contains("libraries keep knowledge", first.GetProperty("text").GetString());
        var second = Assert.Single(shown, s => s.GetProperty("item").GetProperty("title").GetString() != "Keeping Knowledge");
        Assert.Contains(WebFixtureServer.GbkSentence, second.GetProperty("text").GetString());
        Assert.Equal("zh", second.GetProperty("item").GetProperty("lang").GetString());

        // and every response is in a WARC file that a reader parses, digests intact
        var warcs = Directory.GetFiles(Path.Combine(_library.Library, "archive", "warc"), "*.warc.gz");
        Assert.NotEmpty(warcs);
        var records = warcs.SelectMany(WarcReader.Read).ToList();
        Assert.All(records, r => Assert.True(r.IsSuccess, r.Error));
        Assert.Contains(records, r => r.Value.Type == "response" && r.Value.TargetUri == gbk);
        Assert.All(records, r => Assert.Null(r.Value.VerifyDigests()));
    }

    [Fact]
    public async Task AddFrom_ListWithA404_KeepsTheGoodOnesAndReRunFetchesNothing()
    {
        // given a list of two good pages and a missing one
        string a = _server.Page("a", "Page A", "Alpha paragraph about archives.\n\nMore text about alpha archives and readers.");
        string b = _server.Page("b", "Page B", "Beta paragraph about feeds.\n\nMore text about beta feeds and polling.");
        string missing = _server.Url("page/missing");
        string list = _library.Write("urls.txt", $"# reading list\n{a}\n{missing}\n{b} Page B\n");

        // when added from the list
        var outcome = await Allowed("add", "--from", list);

        // then exit 3: the good ones are kept, the failure says why
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("2 added", outcome.Stderr);
        Assert.Contains("404", outcome.Stderr);
        Assert.Contains(missing, outcome.Stderr);

        // when run again: nothing is fetched again, the known failure is still reported
        int hits = _server.Hits("/page/a") + _server.Hits("/page/b") + _server.Hits("/page/missing");
        var again = await Allowed("add", "--from", list);
        Assert.Equal(3, again.ExitCode);
        Assert.Equal(hits, _server.Hits("/page/a") + _server.Hits("/page/b") + _server.Hits("/page/missing"));
        Assert.Contains("2 unchanged", again.Stderr);

        // and roots jobs lists the dead job with its reason
        var jobs = await _library.Json("jobs", "--json");
        var dead = Assert.Single(jobs.GetProperty("jobs").EnumerateArray());
        Assert.Equal("dead", dead.GetProperty("state").GetString());
        Assert.Contains("404", dead.GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task AddRefresh_ChangedContent_BecomesVersion2AndUnchangedChangesNothing()
    {
        string url = _server.Page("r", "Changing Page", "The first text of a page that will change.\n\nIt says one thing.");
        var added = await AllowedJson("add", url);
        string id = added.GetProperty("items")[0].GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // when the page changes and is refreshed
        _server.Page("r", "Changing Page", "The second text of a page that has changed.\n\nIt now says another thing entirely.");
        var refreshed = await AllowedJson("add", url, "--refresh");

        // then it has a second version
        Assert.Equal(1, refreshed.GetProperty("updated").GetInt32());
        var shown = await _library.Json("show", id, "--json");
        Assert.Equal(2, shown.GetProperty("versions").GetArrayLength());

        // when refreshed again without a change: a 304, nothing new
        var again = await AllowedJson("add", url, "--refresh");
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, (await _library.Json("show", id, "--json")).GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task AddUrl_PrivateAddressWithoutAllowList_RefusedInOneLine()
    {
        string url = _server.Page("private", "Private", "Should never be fetched.");

        var outcome = await _library.Roots("add", url);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(0, _server.Hits("/page/private"));
        var failure = Assert.Single(outcome.Stderr.Split('\n'), l => l.StartsWith("failed", StringComparison.Ordinal));
        Assert.Contains("refused", failure);
        Assert.Contains("loopback", failure);
    }

    [Fact]
    public async Task FeedPoll_Twice_SecondPollFetchesNothingNew()
    {
        // given a subscription
        var added = await Allowed("feed", "add", _server.Url("feed.xml"), "--every", "2h");
        Assert.Equal(0, added.ExitCode);

        // when polled twice
        var first = await AllowedJson("feed", "poll", "--all");
        var second = await AllowedJson("feed", "poll", "--all");

        // then the first poll collects both entries and the second gets a 304
        Assert.Equal(2, first.GetProperty("items").GetProperty("added").GetInt32());
        Assert.Equal("not-modified", second.GetProperty("feeds")[0].GetProperty("status").GetString());
        Assert.Equal(0, second.GetProperty("items").GetProperty("added").GetInt32());
        var feeds = await _library.Json("feed", "list", "--json");
        Assert.Equal(2, feeds[0].GetProperty("entries").GetInt32());
        Assert.Equal("Fixture Blog", feeds[0].GetProperty("title").GetString());
        Assert.Equal(7200, feeds[0].GetProperty("everySeconds").GetInt64());
        // The wire contract the web API shares (Roots.App.Contracts.FeedJson): minutes too.
        Assert.Equal(120, feeds[0].GetProperty("everyMinutes").GetInt32());
    }

    [Fact]
    public async Task FeedImportExport_Opml_RoundTrips()
    {
        string opml = _library.Write("subs.opml", """
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="Science"><outline type="rss" text="Journal" xmlUrl="https://journal.example.org/rss"/></outline>
            <outline type="rss" text="Blog" xmlUrl="https://blog.example.org/atom.xml"/></body></opml>
            """);

        var imported = await _library.Roots("feed", "import", opml);
        var exported = await _library.Roots("feed", "export");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("2 feeds added", imported.Stderr);
        Assert.Contains("xmlUrl=\"https://journal.example.org/rss\"", exported.Stdout);
        Assert.Contains("xmlUrl=\"https://blog.example.org/atom.xml\"", exported.Stdout);
        var again = await _library.Roots("feed", "import", _library.Write("again.opml", exported.Stdout));
        Assert.Contains("0 feeds added, 2 already known", again.Stderr);
    }

    [Fact]
    public async Task Dupes_SameArticleOnTwoSites_FoundAsNearDuplicates()
    {
        var added = await AllowedJson("add", _server.Url("dupe/one"), _server.Url("dupe/two"), _server.Page("other", "Other", "Something else entirely about gardening and tomatoes.\n\nSoil, water and sun."));
        Assert.Equal(3, added.GetProperty("added").GetInt32());

        var groups = await _library.Json("dupes", "--json");

        var group = Assert.Single(groups.EnumerateArray());
        Assert.Equal(2, group.GetProperty("items").GetArrayLength());
        Assert.StartsWith("simhash distance", group.GetProperty("pairs")[0].GetProperty("evidence").GetString());
    }
}
