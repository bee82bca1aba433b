using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

public sealed class AddAndSearchTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private void WriteMixedFolder()
    {
        _lib.Write("notes/tea.md", "---\ntitle: 乌龙茶笔记\ntags: [tea, 茶]\n---\n# 乌龙茶\n\n乌龙茶是半发酵茶，主要产于福建和台湾。泡茶的水温应该在九十五度左右。\n");
        _lib.Write("notes/archive.txt", "Web archiving\n\nNational libraries keep WARC files so that the web can be replayed decades later.");
        _lib.Write("web/page.html",
            "<html lang=\"en\"><head><title>Local-first software</title><meta name=\"description\" content=\"Own your data\"></head>" +
            "<body><nav>Home | About</nav><article><p>Local-first software keeps your data on your own machine and syncs when it can.</p></article><footer>© 2026</footer></body></html>");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _lib.Write("legacy/gbk.txt", Encoding.GetEncoding("GB18030").GetBytes("中文编码测试\n\n这是一个用国标编码保存的旧文件，内容关于中文分词和搜索引擎。"));
    }

    [Fact]
    public async Task AddFolder_ThenSearchInChineseAndEnglish_FindsItemsWithHighlights()
    {
        // given a library and a folder of Markdown, text, HTML and a GBK-encoded file
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        WriteMixedFolder();

        // when the folder is added
        var report = await _lib.Json("add", _lib.Inputs, "--tag", "demo", "--json");

        // then every file became an item
        Assert.Equal(4, report.GetProperty("added").GetInt32());
        Assert.Equal(0, report.GetProperty("failures").GetArrayLength());

        var zh = await _lib.Json("search", "乌龙茶", "--json");
        Assert.Equal("乌龙茶笔记", zh[0].GetProperty("title").GetString());
        Assert.Contains("<mark>乌龙茶</mark>", zh[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var gbk = await _lib.Json("search", "分词", "--json");
        Assert.Equal("中文编码测试", gbk[0].GetProperty("title").GetString());

        var en = await _lib.Json("search", "archived", "--json");
        Assert.Equal("Web archiving", en[0].GetProperty("title").GetString());
        Assert.Contains("<mark>archiving</mark>", en[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var html = await _lib.Json("search", "local-first", "--json");
        Assert.Equal("Local-first software", html[0].GetProperty("title").GetString());
        Assert.DoesNotContain("Home | About", html[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Filters_NarrowResults()
    {
        await _lib.Roots("init");
        WriteMixedFolder();
        await _lib.Roots("add", _lib.Inputs, "--tag", "demo");
        await _lib.RootsWithStdin("笔记：乌龙茶也可以冷泡。", "add", "-", "--tag", "cold");

        var tagged = await _lib.Json("search", "乌龙茶", "--tag", "cold", "--json");
        Assert.Equal(1, tagged.GetArrayLength());
        Assert.Equal(["cold"], tagged[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        Assert.Equal(0, (await _lib.Json("search", "乌龙茶", "--lang", "en", "--json")).GetArrayLength());
        Assert.Equal(1, (await _lib.Json("search", "local", "--kind", "html", "--json")).GetArrayLength());
        Assert.Equal(0, (await _lib.Json("search", "乌龙茶", "--since", "2999-01-01", "--json")).GetArrayLength());
        Assert.Equal(2, (await _lib.Json("search", "乌龙茶", "--since", "1d", "--json")).GetArrayLength());
        Assert.Equal(1, (await _lib.Json("search", "乌龙茶", "--limit", "1", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task AddAgain_AfterAChange_MakesAVersionAndDuplicatesAreReported()
    {
        await _lib.Roots("init");
        string note = _lib.Write("a.md", "# Draft\n\nFirst thoughts about gardens.");
        await _lib.Roots("add", note);

        // when the file changes, then a copy of it appears elsewhere
        File.WriteAllText(note, "# Draft\n\nSecond thoughts about gardens and tea.");
        File.SetLastWriteTimeUtc(note, DateTime.UtcNow.AddMinutes(1));
        var report = await _lib.Json("add", _lib.Inputs, "--json");
        _lib.Write("copy/a.md", "# Draft\n\nSecond thoughts about gardens and tea.");
        var withCopy = await _lib.Json("add", _lib.Inputs, "--json");

        // then the change is a new version and the copy a reported duplicate, not a new item
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(0, withCopy.GetProperty("added").GetInt32());
        var duplicate = Assert.Single(withCopy.GetProperty("duplicates").EnumerateArray());
        Assert.EndsWith(Path.Combine("copy", "a.md"), duplicate.GetProperty("input").GetString(), StringComparison.Ordinal);

        var shown = await _lib.Json("show", "1", "--json");
        Assert.Equal(2, shown.GetProperty("versions").GetArrayLength());
        Assert.Contains("Second thoughts", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(shown.GetProperty("original").GetString()));

        // and adding the same folder again changes nothing
        var again = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal((0, 0), (again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Single((await _lib.Json("list", "--json")).EnumerateArray());
    }

    [Fact]
    public async Task AddBatch_WithBadFiles_KeepsTheGoodOnesAndExitsPartial()
    {
        await _lib.Roots("init");
        string config = Path.Combine(_lib.Library, "roots.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("max_file_mb: 100 ", "max_file_mb: 1 ", StringComparison.Ordinal));
        _lib.Write("good.md", "# Good\n\nA perfectly good note.");
        _lib.Write("empty.md", "");
        _lib.Write("binary.md", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00]);
        _lib.Write("big.txt", Encoding.UTF8.GetBytes(new string('a', (1024 * 1024) + 10)));
        _lib.Write("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"));

        var outcome = await _lib.Roots("add", _lib.Inputs, "--json");

        Assert.Equal(3, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        var failures = report.GetProperty("failures").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("input").GetString()!), f => f.GetProperty("reason").GetString()!);
        Assert.Equal(["big.txt", "binary.md", "broken.pdf", "empty.md"], failures.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("too large", failures["big.txt"], StringComparison.Ordinal);
        Assert.Contains("empty", failures["empty.md"], StringComparison.Ordinal);
        Assert.Contains("binary", failures["binary.md"], StringComparison.Ordinal);
        Assert.All(failures.Values, reason => Assert.DoesNotContain('\n', reason));
    }

    [Fact]
    public async Task AddStdin_TwiceTheSameNote_IsADuplicate()
    {
        await _lib.Roots("init");

        var first = await _lib.RootsWithStdin("A note from the terminal about 茶.", "add", "-", "--title", "Terminal note", "--json");
        var second = await _lib.RootsWithStdin("A note from the terminal about 茶.", "add", "-", "--json");

        Assert.Equal(1, JsonDocument.Parse(first.Stdout).RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(second.Stdout).RootElement.GetProperty("duplicates").GetArrayLength());
        var items = await _lib.Json("list", "--json");
        Assert.Equal("Terminal note", items[0].GetProperty("title").GetString());
        Assert.Equal("note", items[0].GetProperty("kind").GetString());
    }
}
