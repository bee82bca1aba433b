using System.Diagnostics;
using System.Text.Json;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>
/// Concurrent <c>roots</c> processes share one budget: each call reserves its estimate in the store before it
/// is sent, so together they never spend past the budget by more than one call's estimation error.
/// </summary>
public sealed class BudgetRaceTests : IAsyncLifetime
{
    private const string Key = "planted-race-key-0c1d2e";
    private const int Racers = 3;

    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Text = "Oolong can be cold-brewed overnight [1].";
        _server.PromptTokens = 0;
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight in the fridge; it tastes sweeter and less bitter.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        // Input is free and output costs USD 0.001 a token: a summary (up to 300 output tokens) is estimated at
        // USD 0.30, and the server reports exactly 300, so estimate and actual agree and the bound is the budget.
        // The budget (USD 0.45) allows one call and not two.
        _server.CompletionTokens = 300;
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"),
            $"\nproviders:\n  - name: fake\n    kind: openai-compatible\n    base_url: {_server.BaseUrl}\n    key_env: FAKE_API_KEY\n    models: [deepseek-chat]\n" +
            "prices:\n  - { model: deepseek-chat, input: 0, output: 1000, currency: USD }\n" +
            "budgets:\n  per_provider:\n    fake:\n      daily: { amount: 0.45, currency: USD }\n");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    [Fact]
    public async Task Summarize_ConcurrentProcessesUnderOneBudget_SpendAtMostTheBudget()
    {
        // given the server holds every answer until each racer has either reached it or given up,
        // so the racers overlap however the machine schedules them
        _server.Hold = true;
        var environment = new Dictionary<string, string> { ["FAKE_API_KEY"] = Key };
        var racers = Enumerable.Range(0, Racers)
            .Select(_ => RootsProcess.Start(["summarize", "1", "--yes", "--library", _lib.Library], environment: environment))
            .ToList();
        var outputs = racers.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var exits = racers.Select(p => p.WaitForExitAsync(timeout.Token)).ToList();

        // when all of them run
        while (true)
        {
            int arrived = _server.Completions;
            if (arrived + exits.Count(e => e.IsCompleted) >= Racers)
            {
                break;
            }

            await Task.WhenAny(exits.Where(e => !e.IsCompleted).Append(_server.CompletionsAbove(arrived)));
        }

        _server.Open();
        await Task.WhenAll(exits);
        string stderr = string.Join("\n", await Task.WhenAll(outputs.Select(o => o.Err)));
        foreach (var racer in racers)
        {
            racer.Dispose();
        }

        // then one call was sent and paid, the others were refused before sending, and spend is within the budget
        var costs = await _lib.Json("costs", "--json");
        decimal spent = costs.EnumerateArray().Sum(l => l.GetProperty("cost").ValueKind == JsonValueKind.Number ? l.GetProperty("cost").GetDecimal() : 0m);
        Assert.True(spent <= 0.45m, $"spent {spent} over a budget of 0.45; {stderr}");
        Assert.Equal(1, _server.Completions);
        Assert.Equal(0.30m, spent);
        Assert.Contains("refused before sending", stderr, StringComparison.Ordinal);
    }
}
