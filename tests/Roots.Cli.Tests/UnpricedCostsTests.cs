using System.Text.Json;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>
/// A call to a model nobody priced has an unknown cost, and every surface says so (price unknown, JSON null, the
/// count of such calls) instead of a zero that reads like a price.
/// </summary>
public sealed class UnpricedCostsTests : IAsyncLifetime
{
    private const string Key = "planted-unpriced-key-9a8b";

    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Text = "Oolong can be cold-brewed overnight [1].";
        _server.PromptTokens = 0;
        _server.CompletionTokens = 40;
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight in the fridge; it tastes sweeter and less bitter.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        // no price and no budget (a budget would refuse an unpriced model): the call is made, its cost unknown
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"),
            $"\nproviders:\n  - name: house\n    kind: openai-compatible\n    base_url: {_server.BaseUrl}\n    key_env: HOUSE_API_KEY\n    models: [house-model-7b]\n");
        var summarize = await _lib.RootsWithEnvironment(new Dictionary<string, string> { ["HOUSE_API_KEY"] = Key }, "summarize", "1", "--yes");
        Assert.True(summarize.ExitCode == 0, summarize.Stderr);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    [Fact]
    public async Task Costs_Json_CostIsNull_WithTheUnpricedCount()
    {
        var line = (await _lib.Json("costs", "--json")).EnumerateArray().Single();

        Assert.Equal("house-model-7b", line.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("cost").ValueKind);
        Assert.Equal(1, line.GetProperty("unpriced").GetInt32());
    }

    [Fact]
    public async Task Costs_CsvAndTable_ShowNoZeroCost()
    {
        var csv = await _lib.Roots("costs", "--csv");
        var table = await _lib.Roots("costs");

        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("house-model-7b,1,0,0,40,0,,,1,", csv.Stdout, StringComparison.Ordinal);
        Assert.Contains("price unknown (1 unpriced call)", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnpricedSpend_IsPriceUnknown_InTextAndJson()
    {
        var text = await _lib.Roots("status");
        var json = JsonDocument.Parse((await _lib.Roots("status", "--json")).Stdout).RootElement[0];

        Assert.Contains("spent today price unknown (1 unpriced call), this month price unknown (1 unpriced call)", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, json.GetProperty("spentThisMonth").GetArrayLength());
        Assert.Equal(1, json.GetProperty("unpricedToday").GetInt32());
        Assert.Equal(1, json.GetProperty("unpricedThisMonth").GetInt32());
    }
}
