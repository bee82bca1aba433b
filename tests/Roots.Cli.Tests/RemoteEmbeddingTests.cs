using System.Text.Json;
using Roots.TestKit;
using Microsoft.AspNetCore.Http;

namespace Roots.Cli.Tests;

/// <summary>A remote, multilingual embedding model chosen in roots.yaml replaces the local MiniLM.</summary>
public sealed class RemoteEmbeddingTests : IAsyncLifetime, IDisposable
{
    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();

        // A toy "multilingual" model: one dimension per concept, whatever the language.
        static float Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1f : 0f;
        _server.Embed = (text, _) => [Has(text, "河", "水", "river", "water"), Has(text, "山", "mountain"), 0.1f];
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Embed_WithAConfiguredProvider_UsesItsModel_AndHybridUsesVectorsForChinese()
    {
        await _lib.Roots("init");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), $"""

            providers:
              - name: local-vllm
                kind: openai-compatible
                base_url: {_server.BaseUrl}
                key_env: ROOTS_TEST_EMBED_KEY
                models: [toy-multilingual]
            """);
        string config = File.ReadAllText(Path.Combine(_lib.Library, "roots.yaml"))
            .Replace("  languages: [en]", "  languages: []\n  provider: local-vllm\n  model: toy-multilingual", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_lib.Library, "roots.yaml"), config);
        _lib.Write("river.md", "# 长江\n\n长江自西向东流入大海。");
        _lib.Write("peak.md", "# 泰山\n\n泰山是五岳之首，登顶要走很多台阶。");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        var embed = await _lib.Json("embed", "--json");
        var semantic = await _lib.Json("search", "mountain", "--mode", "semantic", "--json", "--limit", "1");

        Assert.Equal("toy-multilingual", embed.GetProperty("model").GetString());
        Assert.Equal(2, embed.GetProperty("items").GetInt32());
        Assert.True(_server.Embeddings > 0);
        Assert.Equal("泰山", semantic[0].GetProperty("title").GetString()); // an English query finds Chinese by meaning
    }

    [Fact]
    public async Task Embed_ProviderKindOnAnotherHost_SendsNothing_AndExitsOne()
    {
        // given an embedding provider declared as DeepSeek but pointed at another host, its key set
        await _lib.Roots("init");
        string path = Path.Combine(_lib.Library, "roots.yaml");
        File.AppendAllText(path, $"\nproviders:\n  - name: ds\n    kind: deepseek\n    base_url: {_server.BaseUrl}\n    key_env: ROOTS_TEST_EMBED_KEY\n    models: [toy-multilingual]\n");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  languages: [en]", "  languages: []\n  provider: ds\n  model: toy-multilingual", StringComparison.Ordinal));
        _lib.Write("river.md", "# 长江\n\n长江自西向东流入大海。");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        // when the items are embedded
        var embed = await _lib.RootsWithEnvironment(new Dictionary<string, string> { ["ROOTS_TEST_EMBED_KEY"] = "planted-embed-key-5150" }, "embed");

        // then nothing reached the host, and the one line names the kind, the host and the fix
        Assert.Equal(1, embed.ExitCode);
        Assert.Contains("kind deepseek", embed.Stderr, StringComparison.Ordinal);
        Assert.Contains("allow_host_mismatch", embed.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Embeddings);
    }

    [Fact]
    public async Task Init_EmbeddingProviderThatIsNotDeclared_IsAOneLineError()
    {
        await _lib.Roots("init");
        string path = Path.Combine(_lib.Library, "roots.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  languages: [en]", "  languages: [en]\n  provider: nowhere\n  model: m", StringComparison.Ordinal));

        var outcome = await _lib.Roots("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("embeddings.provider 'nowhere'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"data\":[{\"index\":0,\"embedding\":[1,0]},{\"index\":1,\"embedding\":[1,0,0]}]}")]
    [InlineData("{\"data\":[{\"index\":0,\"embedding\":[1e39,0]},{\"index\":1,\"embedding\":[1,0]}]}")]
    [InlineData("{\"data\":[{\"index\":0,\"embed")]
    [InlineData("{\"data\":\"none\"}")]
    [InlineData("<html>502 Bad Gateway</html>")]
    public async Task Embed_MalformedAnswer_EndsWithAReason_NotAStackTrace(string answer)
    {
        // given a provider that answers 200 with vectors of two lengths, a number no float holds, cut JSON, or HTML
        _server.EmbeddingsReply = context => context.Response.WriteAsync(answer);
        await _lib.Roots("init");
        string path = Path.Combine(_lib.Library, "roots.yaml");
        File.AppendAllText(path, $"\nproviders:\n  - name: local-vllm\n    kind: openai-compatible\n    base_url: {_server.BaseUrl}\n    key_env: ROOTS_TEST_EMBED_KEY\n    models: [toy-multilingual]\n");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  languages: [en]", "  languages: []\n  provider: local-vllm\n  model: toy-multilingual", StringComparison.Ordinal));
        _lib.Write("river.md", "# 长江\n\n长江自西向东流入大海。");
        _lib.Write("peak.md", "# 泰山\n\n泰山是五岳之首，登顶要走很多台阶。");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        // when roots embed runs, and a search after it
        var embed = await _lib.Roots("embed");
        var search = await _lib.Roots("search", "泰山");

        // then embed fails in one line naming the endpoint, nothing is stored half, and search still works
        Assert.Equal(1, embed.ExitCode);
        var line = Assert.Single(embed.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("embedding endpoint 127.0.0.1", line, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("泰山", search.Stdout, StringComparison.Ordinal);
    }
}
