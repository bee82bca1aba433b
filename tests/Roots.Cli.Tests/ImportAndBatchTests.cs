using System.Text.Json;

namespace Roots.Cli.Tests;

public sealed class ImportAndBatchTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Import_JsonlWithABadLine_KeepsTheRestAndExitsPartial()
    {
        await _lib.Roots("init");
        string file = _lib.Write("docs.jsonl", string.Join('\n',
            """{"_id": "d1", "title": "BM25 ranking", "text": "Okapi BM25 ranks documents by term frequency and inverse document frequency.", "tags": ["search"]}""",
            """{"id": 2, "title": "向量检索", "text": "向量检索用嵌入表示文本，与BM25互补。", "lang": "zh", "url": "https://example.org/v"}""",
            """{"_id": "d3", "title": broken json""",
            "",
            """{"_id": "d4"}"""));

        var outcome = await _lib.Roots("import", file, "--json");

        Assert.Equal(3, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        var reasons = report.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("reason").GetString()).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r!.StartsWith("line 3: invalid JSON", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r!.StartsWith("line 5: record has neither text nor title", StringComparison.Ordinal));

        var shown = await _lib.Json("show", "2", "--json");
        Assert.Equal("2", shown.GetProperty("item").GetProperty("externalId").GetString());
        Assert.Equal("zh", shown.GetProperty("item").GetProperty("lang").GetString());
        Assert.Equal("https://example.org/v", shown.GetProperty("item").GetProperty("url").GetString());

        // re-importing the same file adds nothing
        var again = JsonDocument.Parse((await _lib.Roots("import", file, "--json")).Stdout).RootElement;
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Import_IntegerAndStringIds_AreTheSameId_AndOtherIdKindsFailTheirLine()
    {
        // given records whose ids are 7, "7", and kinds that are no id at all
        await _lib.Roots("init");
        string file = _lib.Write("ids.jsonl", string.Join('\n',
            """{"_id": 7, "title": "Seven", "text": "The first text of record seven."}""",
            """{"_id": "7", "title": "Seven", "text": "The second text of record seven."}""",
            """{"_id": {"oid": "x"}, "title": "Object id", "text": "An object is no id."}""",
            """{"id": true, "title": "Boolean id", "text": "A boolean is no id."}""",
            """{"_id": null, "title": "Null id", "text": "Null is no id."}""",
            """{"_id": 7.5, "title": "Fraction id", "text": "A fraction is no id."}""",
            """{"_id": [1], "title": "Array id", "text": "An array is no id."}"""));

        // when imported
        var outcome = await _lib.Roots("import", file, "--json");

        // then 7 and "7" are one item in two versions, and each other line failed with its number and reason
        Assert.Equal(3, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.Equal((1, 1), (report.GetProperty("added").GetInt32(), report.GetProperty("updated").GetInt32()));
        var reasons = report.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("reason").GetString()!).ToList();
        Assert.Equal(5, reasons.Count);
        Assert.Contains("line 3: _id must be a string or an integer, not an object", reasons);
        Assert.Contains("line 4: id must be a string or an integer, not a boolean", reasons);
        Assert.Contains("line 5: _id must be a string or an integer, not null", reasons);
        Assert.Contains(reasons, r => r.StartsWith("line 6: _id 7.5 is not an integer", StringComparison.Ordinal));
        Assert.Contains("line 7: _id must be a string or an integer, not an array", reasons);
        Assert.Equal(1, (await _lib.Json("list", "--json")).GetArrayLength());
        var shown = await _lib.Json("show", "7", "--json");
        Assert.Equal("7", shown.GetProperty("item").GetProperty("externalId").GetString());
        Assert.Equal(2, shown.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Import_KnownRecordAgainWithTag_GetsTheTagAsAUserTag_ButNotOneTheUserRemoved()
    {
        // given a record with a URL imported before, and a tag the user then removed from it
        await _lib.Roots("init");
        string file = _lib.Write("records.jsonl",
            """{"_id": "u1", "title": "Archives", "text": "Web archives keep pages.", "url": "https://example.org/archives", "tags": ["preservation"]}""");
        Assert.Equal(0, (await _lib.Roots("import", file, "--tag", "gone")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("tag", "u1", "--remove", "gone")).ExitCode);

        // when the same file is imported again with --tag
        var again = await _lib.Roots("import", file, "--tag", "batch-2", "--tag", "gone");

        // then nothing new is stored, but the item carries the new tag as the user's, and the removed one stays removed
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 unchanged", again.Stderr, StringComparison.Ordinal);
        var tags = (await _lib.Json("show", "u1", "--json")).GetProperty("tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("origin").GetString());
        Assert.Equal("user", tags["preservation"]);
        Assert.Equal("user", tags["batch-2"]);
        Assert.False(tags.ContainsKey("gone"));
    }

    [Fact]
    public async Task SearchBatch_PrintsATrecRunWithExternalIds()
    {
        await _lib.Roots("init");
        string docs = _lib.Write("docs.jsonl", string.Join('\n',
            """{"_id": "doc-a", "title": "Tea", "text": "Oolong tea from Fujian"}""",
            """{"_id": "doc-b", "title": "Coffee", "text": "Espresso and tea compared"}""",
            """{"_id": "doc-c", "title": "茶", "text": "乌龙茶产于福建"}"""));
        await _lib.Roots("import", docs);
        string queries = _lib.Write("queries.jsonl", string.Join('\n',
            """{"_id": "q1", "text": "oolong tea"}""",
            """{"_id": "q2", "text": "乌龙茶"}""",
            """{"_id": "q3", "text": "nothing matches this"}"""));

        var outcome = await _lib.Roots("search", "--batch", queries, "--limit", "100", "--format", "trec");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.All(lines, l => Assert.Equal(6, l.Length));
        Assert.All(lines, l => Assert.Equal(("Q0", "roots"), (l[1], l[5])));
        // the same-language matches first; the other language's version after them (search.cross_lingual)
        Assert.Equal(["doc-a", "doc-b", "doc-c"], lines.Where(l => l[0] == "q1").Select(l => l[2]));
        Assert.Equal(["1", "2", "3"], lines.Where(l => l[0] == "q1").Select(l => l[3]));
        Assert.Equal(["doc-c", "doc-a", "doc-b"], lines.Where(l => l[0] == "q2").Select(l => l[2]));
        Assert.DoesNotContain(lines, l => l[0] == "q3");
    }
}
