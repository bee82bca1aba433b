using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Roots.Models.Embeddings;

namespace Roots.Models.Tests.Embeddings;

/// <summary>The remote embedding adapter against a real loopback server speaking the OpenAI embeddings protocol.</summary>
public sealed class OpenAiCompatibleEmbeddingGeneratorTests : IAsyncLifetime
{
    private const string Key = "sk-planted-FAKE-embed-0987654321";
    private WebApplication _app = null!;
    private Uri _base = null!;
    private string? _lastAuthorization;
    private string _mode = "ok";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/embeddings", async (HttpContext context) =>
        {
            _lastAuthorization = context.Request.Headers.Authorization;
            var request = await JsonNode.ParseAsync(context.Request.Body);
            var inputs = request!["input"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            switch (_mode)
            {
                case "error":
                    context.Response.StatusCode = 503;
                    return;
                case "malformed":
                    await context.Response.WriteAsync("{\"data\": [");
                    return;
                case "short":
                    await context.Response.WriteAsJsonAsync(new { data = Array.Empty<object>() });
                    return;
            }

            // Vectors say which input they belong to; the data comes back in reverse order, as the protocol allows.
            var data = inputs.Select((text, i) => new { index = i, embedding = new[] { (float)text.Length, i, 1f } }).Reverse();
            await context.Response.WriteAsJsonAsync(new { data, model = request["model"]!.GetValue<string>() });
        });
        await _app.StartAsync();
        _base = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Generate_ReturnsOneVectorPerText_InTheCallersOrder_AndSendsTheKey()
    {
        using var generator = new OpenAiCompatibleEmbeddingGenerator(_base, "bge-m3", Key);
        var texts = Enumerable.Range(0, 70).Select(i => new string('x', i + 1)).ToArray(); // two requests of at most 64

        var embeddings = await generator.GenerateAsync(texts);

        Assert.Equal(70, embeddings.Count);
        Assert.All(embeddings.Select((e, i) => (e, i)), p => Assert.Equal(p.i + 1, p.e.Vector.Span[0]));
        Assert.Equal("bge-m3", embeddings[0].ModelId);
        Assert.Equal("Bearer " + Key, _lastAuthorization);
    }

    [Theory]
    [InlineData("error", "answered 503")]
    [InlineData("malformed", "malformed JSON")]
    [InlineData("short", "returned 0 vectors for 2 texts")]
    public async Task Generate_BadAnswers_FailWithOneLineThatNeverShowsTheKey(string mode, string expected)
    {
        _mode = mode;
        using var generator = new OpenAiCompatibleEmbeddingGenerator(_base, "bge-m3", Key);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => generator.GenerateAsync(["a", "b"]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
