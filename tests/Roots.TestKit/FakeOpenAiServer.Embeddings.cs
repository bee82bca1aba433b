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
        if (EmbeddingsReply is { } reply)
        {
            await reply(context);
            return;
        }

        var request = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!;
        var inputs = request["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        var order = Enumerable.Range(0, inputs.Count);
        if (EmbeddingsInReverse)
        {
            order = order.Reverse();
        }

        var answer = new Dictionary<string, object?>
        {
            ["data"] = order.Select(i => new { index = i, embedding = Embed(inputs[i], i) }).ToList(),
            ["model"] = request["model"]?.GetValue<string>(),
        };
        if (EmbeddingTokensPerInput is int perInput)
        {
            answer["usage"] = new { prompt_tokens = perInput * inputs.Count, total_tokens = perInput * inputs.Count };
        }

        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }
}
