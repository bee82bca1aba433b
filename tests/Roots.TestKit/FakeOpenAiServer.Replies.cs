using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Roots.TestKit;

/// <summary>Raw answers a test scripts with <see cref="FakeOpenAiServer.Then"/> or sets as a standing reply.</summary>
public sealed partial class FakeOpenAiServer
{
    /// <summary>A chat completion answering <paramref name="text"/>; without <paramref name="promptTokens"/> it reports no usage.</summary>
    public static Func<HttpContext, Task> Completion(string text, long? promptTokens = null, long? completionTokens = null, long? cached = null) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            $$"""{"id":"c1","object":"chat.completion","model":"deepseek-chat","choices":[{"index":0,"message":{"role":"assistant","content":{{JsonSerializer.Serialize(text)}}},"finish_reason":"stop"}]{{Usage(promptTokens, completionTokens, cached)}}}""");
    };

    /// <summary>An error (or any) status with <paramref name="body"/>, and a Retry-After header when given.</summary>
    public static Func<HttpContext, Task> Status(int status, string body = """{"error":{"message":"scripted failure"}}""", string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    };

    /// <summary>Never answers (for 30 s, or until the client gives up).</summary>
    public static Func<HttpContext, Task> Hang => async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    };

    /// <summary>A completion cut off in the middle of its JSON.</summary>
    public static Func<HttpContext, Task> Malformed => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"choices\": [ {\"message\": ")).AsTask();
    };

    private static string Usage(long? promptTokens, long? completionTokens, long? cached)
    {
        if (promptTokens is null)
        {
            return "";
        }

        string details = cached is null ? "" : $$""","prompt_tokens_details":{"cached_tokens":{{Number(cached)}}}""";
        return $$""","usage":{"prompt_tokens":{{Number(promptTokens)}},"completion_tokens":{{Number(completionTokens)}},"total_tokens":{{Number(promptTokens + completionTokens)}}{{details}}}""";
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
