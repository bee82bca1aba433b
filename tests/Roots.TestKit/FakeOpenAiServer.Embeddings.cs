using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Roots.TestKit;

/// <summary>The embeddings route: one vector per input, from <see cref="Embed"/>.</summary>
public sealed partial class FakeOpenAiServer
{
    /// <summary>The vector for an input text at its index in the request. Default: <c>[1, index]</c>.</summary>
    public Func<string, int, float[]> Embed { get; set; } = (_, index) => [1f, index];

    /// <summary>Input tokens reported per text (usage = this × texts); null (the default) reports no usage.</summary>
    public int? EmbeddingTokensPerInput { get; set; }

    /// <summary>When true, the vectors come back in reverse order, as the protocol allows (each carries its index).</summary>
    public bool EmbeddingsInReverse { get; set; }

    /// <summary>When set, answers every embedding request instead of vectors (e.g. <see cref="Status"/>).</summary>
    public Func<HttpContext, Task>? EmbeddingsReply { get; set; }

    private async Task AnswerEmbeddings(HttpContext context)
    {
        Interlocked.Increment(ref _embeddings);
        if (EmbeddingsReply is { } reply)
        {
            await reply(context);
            return;
        }

        var request = JsonNode.Parse(BodyOf(context))!;
        var inputs = request["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        var data = inputs.Select((text, i) => new { index = i, embedding = Embed(text, i) });
        if (EmbeddingsInReverse)
        {
            data = data.Reverse();
        }

        var answer = new JsonObject
        {
            ["data"] = JsonSerializer.SerializeToNode(data.ToList()),
            ["model"] = request["model"]?.GetValue<string>(),
        };
        if (EmbeddingTokensPerInput is int perInput)
        {
            int tokens = perInput * inputs.Count;
            answer["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens };
        }

        await context.Response.WriteAsJsonAsync(answer);
    }
}
