namespace Roots.Cli.Tests;

/// <summary><c>roots list</c> says when it shows only part of what matches.</summary>
public sealed class ListTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private async Task ImportAsync(int count, int taggedFood)
    {
        await _lib.Roots("init");
        string file = _lib.Write("docs.jsonl", string.Join('\n', Enumerable.Range(1, count).Select(i =>
            $$"""{"_id": "d{{i}}", "title": "Note {{i}}", "text": "Note number {{i}} about things.", "tags": [{{(i <= taggedFood ? "\"food\"" : "")}}]}""")));
        Assert.Equal(0, (await _lib.Roots("import", file)).ExitCode);
    }

    private static int Rows(string table) => table.Split('\n').Count(l => l.Contains("Note ", StringComparison.Ordinal));

    [Fact]
    public async Task List_MoreThanTheLimit_SaysHowManyMatchOnStderr()
    {
        await ImportAsync(26, taggedFood: 22);

        var all = await _lib.Roots("list");
        var food = await _lib.Roots("list", "--tag", "food");
        var five = await _lib.Roots("list", "-n", "5");

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(20, Rows(all.Stdout));
        Assert.Contains("20 of 26 (--limit N or --all)", all.Stderr, StringComparison.Ordinal);
        Assert.Contains("20 of 22 (--limit N or --all)", food.Stderr, StringComparison.Ordinal);
        Assert.Contains("5 of 26", five.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 26", all.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_All_ShowsEverythingWithoutAHint()
    {
        await ImportAsync(26, taggedFood: 0);

        var outcome = await _lib.Roots("list", "--all");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(26, Rows(outcome.Stdout));
        Assert.DoesNotContain(" of ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithinTheLimit_OrJson_HasNoHint()
    {
        await ImportAsync(26, taggedFood: 3);

        var few = await _lib.Roots("list", "--tag", "food");
        var json = await _lib.Roots("list", "--json");

        Assert.Equal(3, Rows(few.Stdout));
        Assert.DoesNotContain(" of ", few.Stderr, StringComparison.Ordinal);
        Assert.Equal(20, System.Text.Json.JsonDocument.Parse(json.Stdout).RootElement.GetArrayLength());
        Assert.DoesNotContain(" of ", json.Stderr, StringComparison.Ordinal);
        Assert.Equal(26, System.Text.Json.JsonDocument.Parse((await _lib.Roots("list", "--json", "--all")).Stdout).RootElement.GetArrayLength());
    }
}
