using System.Text.Json;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>
/// Keys go only where the configuration says they belong, and never come back out: a provider whose kind does
/// not own its base URL's host sends nothing (unless the user says it is a gateway), and a model answer that
/// echoes the key is scrubbed before it is stored or printed.
/// </summary>
public sealed class ProviderSafetyTests : IAsyncLifetime
{
    // Not key-shaped on purpose: only the exact-value scrubbing can catch it.
    private const string PlantedKey = "planted-google-key-7f3a9c51";

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
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    private void Configure(string kind, string extra = "") =>
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"),
            $"\nproviders:\n  - name: gemini\n    kind: {kind}\n    base_url: {_server.BaseUrl}\n    key_env: GOOGLE_API_KEY\n    models: [deepseek-chat]\n{extra}" +
            "prices:\n  - { model: deepseek-chat, input: 0.27, output: 1.10, currency: USD }\n");

    private Task<RootsProcess.Outcome> WithKey(params string[] args) =>
        _lib.RootsWithEnvironment(new Dictionary<string, string> { ["GOOGLE_API_KEY"] = PlantedKey }, args);

    [Fact]
    public async Task Summarize_GoogleKindOnAnotherHost_SendsNothing_AndExitsOneNamingKindHostAndFix()
    {
        Configure("google");

        var outcome = await WithKey("summarize", "1", "--yes");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("kind google", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("allow_host_mismatch: true", outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AskAndDoctor_GoogleKindOnAnotherHost_NeverSendTheKeyThere()
    {
        Configure("google");

        var ask = await WithKey("ask", "cold brew oolong", "--yes");
        var doctor = await WithKey("doctor", "--json");

        Assert.Equal(1, ask.ExitCode);
        Assert.Contains("kind google", ask.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, doctor.ExitCode);
        var codes = JsonDocument.Parse(doctor.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString());
        Assert.Contains("kind-host-mismatch", codes);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Summarize_AllowHostMismatch_ReachesTheGatewayWithTheKey()
    {
        Configure("google", "    allow_host_mismatch: true\n");

        var summarize = await WithKey("summarize", "1", "--yes");
        var doctor = await WithKey("doctor", "--json");

        Assert.True(summarize.ExitCode == 0, summarize.Stderr);
        Assert.Equal(1, _server.Completions);
        Assert.Contains(_server.Requests, r => r.Path == "/v1/chat/completions" && r.Authorization == "Bearer " + PlantedKey);
        Assert.Contains(_server.Requests, r => r.Path == "/v1/models");
        var codes = JsonDocument.Parse(doctor.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString());
        Assert.DoesNotContain("kind-host-mismatch", codes);
    }

    [Fact]
    public async Task Summarize_OpenAiCompatibleKind_ReachesTheServer()
    {
        Configure("openai-compatible");

        var outcome = await WithKey("summarize", "1", "--yes");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(1, _server.Completions);
    }

    [Fact]
    public async Task SummarizeAndAsk_ModelEchoesTheKey_NothingStoredOrPrintedContainsIt()
    {
        // given a proxy that reflects the Authorization header into the answer
        Configure("openai-compatible");
        _server.EchoAuthorization = true;

        // when a summary is made and shown, a question answered, and the site published
        var summarize = await WithKey("summarize", "1", "--yes", "--json");
        var shown = await WithKey("show", "1", "--json");
        var ask = await WithKey("ask", "cold brew oolong", "--yes");
        var published = await WithKey("publish", "--out", Path.Combine(_lib.Root, "site"), "--json");

        // then the model was asked, and the key is nowhere in what came back or was kept
        Assert.True(summarize.ExitCode == 0, summarize.Stderr);
        Assert.Equal(0, ask.ExitCode);
        Assert.Equal(0, published.ExitCode);
        Assert.Contains("You sent", summarize.Stdout, StringComparison.Ordinal);
        foreach (var outcome in new[] { summarize, shown, ask, published })
        {
            Assert.DoesNotContain(PlantedKey, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
        }

        foreach (string file in Directory.EnumerateFiles(_lib.Root, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(PlantedKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
