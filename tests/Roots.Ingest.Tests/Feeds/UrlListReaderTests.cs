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
