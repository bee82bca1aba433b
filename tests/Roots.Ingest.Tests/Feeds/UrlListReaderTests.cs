using Roots.Ingest.Feeds;

namespace Roots.Ingest.Tests.Feeds;

public sealed class UrlListReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("roots-urls-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private UrlList ReadFile(string content)
    {
        var path = Path.Combine(_directory, "list");
        File.WriteAllText(path, content);
        var result = UrlListReader.Read(path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public void Read_PlainList_SkipsCommentsBlanksDuplicatesAndOtherSchemes()
    {
        var list = ReadFile("# my reading list\n\nhttps://a.example/1\nhttps://a.example/1\n  http://b.example/2  Title words\nftp://c.example/x\nnot a url\n");

        Assert.Equal("lines", list.Format);
        Assert.Equal([new Uri("https://a.example/1"), new Uri("http://b.example/2")], list.Entries.Select(e => e.Url));
        Assert.Equal("Title words", list.Entries[1].Title);
        Assert.Equal(2, list.Skipped.Count);
        Assert.StartsWith("line 6: not an http(s) URL: ftp://c.example/x", list.Skipped[0]);
    }

    [Fact]
    public void Read_NetscapeBookmarks_TakesFoldersAndTagsAsTags()
    {
        var list = ReadFile("""
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
            <TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
            <DL><p>
              <DT><H3>Research</H3>
              <DL><p>
                <DT><A HREF="https://arxiv.org/abs/2401.00001" ADD_DATE="1700000000" TAGS="ml,papers">A paper</A>
                <DT><H3>Chinese</H3>
                <DL><p><DT><A HREF="https://example.cn/文章">中文文章</A></DL><p>
              </DL><p>
              <DT><A HREF="place:sort=8">Recent</A>
              <DT><A HREF="https://news.example/">News</A>
            </DL>
            """);

        Assert.Equal("bookmarks-html", list.Format);
        Assert.Equal(3, list.Entries.Count);
        Assert.Equal(["ml", "papers", "Research"], list.Entries[0].TagList);
        Assert.Equal("中文文章", list.Entries[1].Title);
        Assert.Equal(["Research", "Chinese"], list.Entries[1].TagList);
        Assert.Empty(list.Entries[2].TagList);
        Assert.Single(list.Skipped);
    }

    [Fact]
    public void Read_KarakeepJson_TakesUrlTitleTags()
    {
        var list = ReadFile("""
            {"bookmarks":[
              {"title":"Karakeep item","tags":["read","web"],"content":{"type":"link","url":"https://k.example/1"}},
              {"title":null,"tags":[],"content":{"type":"text","text":"no url here"}}]}
            """);
        var entry = Assert.Single(list.Entries);
        Assert.Equal(new Uri("https://k.example/1"), entry.Url);
        Assert.Equal("Karakeep item", entry.Title);
        Assert.Equal(["read", "web"], entry.TagList);
    }

    /// <summary>Karakeep's export as its export code writes it: createdAt in Unix seconds, content a link, a text or an asset, or null.</summary>
    private const string KarakeepExport = """
        {"bookmarks":[
          {"id":"k1","createdAt":1714557600,"title":"An essay","tags":["reading","web"],"lists":[],
           "content":{"type":"link","url":"https://k.example/essay","description":null,"imageUrl":null,"favicon":null,"author":null,"publisher":null},
           "description":null,"summary":null,"note":null,"archived":false,"favourited":false,"imageUrl":null},
          {"id":"k2","createdAt":1714644000,"title":"Tea idea","tags":["tea"],"lists":[],
           "content":{"type":"text","text":"Oolong keeps its aroma when brewed at 90 degrees."},
           "description":null,"summary":null,"note":"try it tomorrow","archived":false,"favourited":true,"imageUrl":null},
          {"id":"k3","createdAt":1714730400,"title":null,"tags":[],"lists":[],
           "content":{"type":"text","text":"An untitled quick note."},"note":null},
          {"id":"k4","createdAt":1714816800,"title":"Scanned receipt","tags":["receipts"],"lists":[],
           "content":{"type":"asset","assetId":"a-123"},"note":null},
          {"id":"k5","createdAt":1714903200,"title":"Broken","tags":[],"lists":[],"content":null,"note":null}],
         "lists":[]}
        """;

    [Fact]
    public void Read_KarakeepExport_TextBookmarksAreNotes_AssetsAndEmptyOnesAreSkippedWithAReason()
    {
        var list = ReadFile(KarakeepExport);

        Assert.Equal("karakeep", list.Format);
        var link = Assert.Single(list.Entries);
        Assert.Equal((new Uri("https://k.example/essay"), "An essay"), (link.Url, link.Title));
        Assert.Equal(["reading", "web"], link.TagList);

        Assert.Equal(2, list.NoteList.Count);
        var tea = list.NoteList[0];
        Assert.Equal(("karakeep:k2", "Tea idea"), (tea.Key, tea.Title));
        Assert.Equal("Oolong keeps its aroma when brewed at 90 degrees.\n\ntry it tomorrow", tea.Text);
        Assert.Equal(["tea"], tea.Tags);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1714644000), tea.Created);
        Assert.Null(list.NoteList[1].Title);

        Assert.Equal(2, list.Skipped.Count);
        Assert.StartsWith("bookmark 4: an uploaded file (image or PDF) (\"Scanned receipt\")", list.Skipped[0], StringComparison.Ordinal);
        Assert.StartsWith("bookmark 5: no content", list.Skipped[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonExportEntryWithoutUrl_IsSkippedWithAReason()
    {
        var list = ReadFile("""
            {"collections":[{"name":"Inbox","links":[
              {"name":"A page","type":"url","url":"https://lw.example/a","tags":[]},
              {"name":"Uploaded paper","type":"pdf","url":null,"tags":[{"name":"papers"}]}]}]}
            """);

        Assert.Single(list.Entries);
        var skipped = Assert.Single(list.Skipped);
        Assert.Contains("no URL", skipped, StringComparison.Ordinal);
        Assert.Contains("Uploaded paper", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameUrlTwiceWithDifferentTags_IsOneEntryWithAllTags()
    {
        var list = ReadFile("""
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <DL><p><DT><A HREF="https://n.example/1" TAGS="a">One</A>
            <DT><A HREF="https://n.example/1" TAGS="b">One again</A></DL>
            """);

        var entry = Assert.Single(list.Entries);
        Assert.Equal(["a", "b"], entry.TagList);
        Assert.Equal("One", entry.Title);
    }

    [Fact]
    public void Read_LinkwardenJson_TakesNamedTags()
    {
        var list = ReadFile("""
            {"collections":[{"name":"Inbox","links":[
              {"name":"LW link","url":"https://lw.example/a","tags":[{"name":"x"},{"name":"y"}]}]}]}
            """);
        var entry = Assert.Single(list.Entries);
        Assert.Equal("LW link", entry.Title);
        Assert.Equal(["x", "y"], entry.TagList);
    }

    [Fact]
    public void Read_PocketCsv_TakesColumnsByHeader()
    {
        var list = ReadFile("title,url,time_added,tags,status\n\"Quoted, title\",https://p.example/1,1700000000,a|b,unread\nNo url,,1,,read\n");
        Assert.Equal("csv", list.Format);
        var entry = Assert.Single(list.Entries);
        Assert.Equal("Quoted, title", entry.Title);
        Assert.Equal(["a", "b"], entry.TagList);
        Assert.Single(list.Skipped);
    }

    [Theory]
    [InlineData("{ broken", "malformed JSON export")]
    public void Read_Malformed_FailsWithReason(string content, string reason)
    {
        var path = Path.Combine(_directory, "bad");
        File.WriteAllText(path, content);
        Assert.StartsWith(reason, UrlListReader.Read(path).Error);
    }

    [Fact]
    public void Read_MissingFile_FailsWithReason() =>
        Assert.StartsWith("cannot read", UrlListReader.Read(Path.Combine(_directory, "missing")).Error);

    [Fact]
    public void Read_BinaryFile_FailsWithReason()
    {
        var path = Path.Combine(_directory, "bin");
        File.WriteAllBytes(path, Extraction.TestEncodings.RandomBytes(2048));
        Assert.False(UrlListReader.Read(path).IsSuccess);
    }
}
