using System.Text.Json;
using Microsoft.Extensions.AI;
using Roots.Models.Providers;

namespace Roots.Models.Tests.Providers;

/// <summary>The chat request's wire form per model family: the output limit's name and the temperature.</summary>
public sealed class ChatRequestTests
{
    private static JsonElement Request(string model) =>
        JsonDocument.Parse(ChatCompletionJson.Request(model, [new ChatMessage(ChatRole.User, "hi")], new ChatOptions { MaxOutputTokens = 300, Temperature = 0.2f })).RootElement;

    [Theory]
    [InlineData("o3-pro")]
    [InlineData("o4-mini")]
    [InlineData("o1")]
    [InlineData("gpt-5.1")]
    [InlineData("GPT-5-mini")]
    public void OpenAiReasoningModels_GetMaxCompletionTokens_AndNoTemperature(string model)
    {
        var json = Request(model);

        Assert.Equal(300, json.GetProperty("max_completion_tokens").GetInt32());
        Assert.False(json.TryGetProperty("max_tokens", out _));
        Assert.False(json.TryGetProperty("temperature", out _));
    }

    [Theory]
    [InlineData("gpt-4o-mini")]
    [InlineData("deepseek-chat")]
    [InlineData("qwen3-max")]
    [InlineData("openai/o3")]
    [InlineData("claude-haiku-4-5")]
    public void OtherModels_AndGatewayNames_GetMaxTokens_AndTheTemperature(string model)
    {
        var json = Request(model);

        Assert.Equal(300, json.GetProperty("max_tokens").GetInt32());
        Assert.False(json.TryGetProperty("max_completion_tokens", out _));
        Assert.Equal(0.2, json.GetProperty("temperature").GetDouble(), 3);
    }
}
