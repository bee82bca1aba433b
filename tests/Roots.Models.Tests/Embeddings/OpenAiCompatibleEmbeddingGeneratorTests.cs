using Roots.Models.Embeddings;
using Roots.TestKit;

namespace Roots.Models.Tests.Embeddings;

/// <summary>The remote embedding adapter against a real loopback server speaking the OpenAI embeddings protocol.</summary>
public sealed class OpenAiCompatibleEmbeddingGeneratorTests : IAsyncLifetime
{
    private const string Key = "sk-planted-FAKE-embed-0987654321";
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();

        // Vectors say which input they belong to; the data comes back in reverse order, as the protocol allows.
        _server.Embed = (text, i) => [text.Length, i, 1f];
        _server.EmbeddingsInReverse = true;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Generate_ReturnsOneVectorPerText_InTheCallersOrder_AndSendsTheKey()
    {
        using var generator = new OpenAiCompatibleEmbeddingGenerator(_server.BaseUrl, "bge-m3", Key);
        var texts = Enumerable.Range(0, 70).Select(i => new string('x', i + 1)).ToArray(); // two requests of at most 64

        var embeddings = await generator.GenerateAsync(texts);

        Assert.Equal(70, embeddings.Count);
        Assert.All(embeddings.Select((e, i) => (e, i)), p => Assert.Equal(p.i + 1, p.e.Vector.Span[0]));
        Assert.Equal("bge-m3", embeddings[0].ModelId);
        Assert.Equal("Bearer " + Key, _server.Requests.Last().Authorization);
    }

    [Theory]
    [InlineData("error", "answered 503")]
    [InlineData("malformed", "malformed JSON")]
    [InlineData("short", "returned 0 vectors for 2 texts")]
    public async Task Generate_BadAnswers_FailWithOneLineThatNeverShowsTheKey(string mode, string expected)
    {
        _server.EmbeddingsReply = mode switch
        {
            "error" => FakeOpenAiServer.Status(503, ""),
            "malformed" => FakeOpenAiServer.Status(200, "{\"data\": ["),
            _ => FakeOpenAiServer.Status(200, """{"data":[]}"""),
        };
        using var generator = new OpenAiCompatibleEmbeddingGenerator(_server.BaseUrl, "bge-m3", Key);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => generator.GenerateAsync(["a", "b"]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
