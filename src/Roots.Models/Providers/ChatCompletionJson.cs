using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Roots.Models.Providers;

/// <summary>Writes OpenAI chat-completion requests and reads their answers, without reflection.</summary>
internal static class ChatCompletionJson
{
    /// <summary>The request body for <paramref name="model"/>.</summary>
    public static byte[] Request(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteStartArray("messages");
            foreach (var message in messages)
            {
                json.WriteStartObject();
                json.WriteString("role", message.Role.Value);
                json.WriteString("content", message.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            bool reasoning = IsOpenAiReasoningModel(model);
            if (options?.MaxOutputTokens is { } max)
            {
                json.WriteNumber(reasoning ? "max_completion_tokens" : "max_tokens", max);
            }

            if (options?.Temperature is { } temperature && !reasoning)
            {
                json.WriteNumber("temperature", temperature);
            }

            json.WriteBoolean("stream", false);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// OpenAI's reasoning models (o1, o3, o4-mini, the gpt-5 family) refuse <c>max_tokens</c> and any temperature but
    /// the default: they take <c>max_completion_tokens</c>, which also bounds their hidden reasoning tokens. Matched
    /// on the bare model name; a gateway's <c>vendor/model</c> name (OpenRouter) takes <c>max_tokens</c> and translates it.
    /// </summary>
    internal static bool IsOpenAiReasoningModel(string model) =>
        !model.Contains('/', StringComparison.Ordinal)
        && (model.StartsWith("o1", StringComparison.OrdinalIgnoreCase) || model.StartsWith("o3", StringComparison.OrdinalIgnoreCase)
            || model.StartsWith("o4", StringComparison.OrdinalIgnoreCase) || model.StartsWith("gpt-5", StringComparison.OrdinalIgnoreCase));

    /// <summary>The answer, or null when <paramref name="body"/> is not a chat completion.</summary>
    public static ChatResponse? Response(string body, string model)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("choices", out var choices)
                || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0
                || !choices[0].TryGetProperty("message", out var message))
            {
                return null;
            }

            string text = message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String ? content.GetString()! : "";
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
            {
                ModelId = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : model,
                Usage = Usage(root),
            };
            if (choices[0].TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String)
            {
                response.FinishReason = new ChatFinishReason(finish.GetString()!);
            }

            return response;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The provider's error message (<c>{"error":{"message":…}}</c>), or null.</summary>
    public static string? ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return error.GetString();
                }

                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the caller shows the start of the body instead.
        }

        return null;
    }

    // usage.prompt_tokens / completion_tokens; cached input as OpenAI (prompt_tokens_details.cached_tokens)
    // or DeepSeek (prompt_cache_hit_tokens) report it. No usage object → null, and metering counts locally.
    private static UsageDetails? Usage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        long? input = Number(usage, "prompt_tokens");
        long? output = Number(usage, "completion_tokens");
        if (input is null && output is null)
        {
            return null;
        }

        long? cached = usage.TryGetProperty("prompt_tokens_details", out var details) && details.ValueKind == JsonValueKind.Object
            ? Number(details, "cached_tokens")
            : Number(usage, "prompt_cache_hit_tokens");
        return new UsageDetails
        {
            InputTokenCount = input,
            OutputTokenCount = output,
            TotalTokenCount = (input ?? 0) + (output ?? 0),
            CachedInputTokenCount = cached,
        };
    }

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long n) && n >= 0 ? n : null;
}
