using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Roots.Models.Tests.Support;

/// <summary>
/// An in-process OpenAI-compatible server on loopback (Kestrel) whose answers a test scripts:
/// completions with or without usage, error statuses with Retry-After, hangs, malformed JSON.
/// Unscripted calls get a plain completion with usage.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private int _attempts;
    private int _modelsRequests;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Chat completion requests received.</summary>
    public int Attempts => _attempts;

    /// <summary>Requests to the models route (doctor's probe).</summary>
    public int ModelsRequests => _modelsRequests;

    /// <summary>The Authorization headers received.</summary>
    public ConcurrentBag<string> Authorizations { get; } = [];

    /// <summary>The status the models route answers.</summary>
    public int ModelsStatus { get; set; } = 200;

    /// <summary>What an unscripted completion answers with.</summary>
    public Func<HttpContext, Task> Default { get; set; } = Completion("A default answer.", 11, 7);

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", async context =>
        {
            Interlocked.Increment(ref server._attempts);
            server.Authorizations.Add(context.Request.Headers.Authorization.ToString());
            var step = server._script.TryDequeue(out var scripted) ? scripted : server.Default;
            await step(context);
        });
        app.MapGet("/v1/models", context =>
        {
            Interlocked.Increment(ref server._modelsRequests);
            server.Authorizations.Add(context.Request.Headers.Authorization.ToString());
            context.Response.StatusCode = server.ModelsStatus;
            return context.Response.WriteAsync("""{"object":"list","data":[{"id":"deepseek-chat","object":"model"}]}""");
        });
        app.MapGet("/user/balance", context => context.Response.WriteAsync(
            """{"is_available":true,"balance_infos":[{"currency":"CNY","total_balance":"12.50","granted_balance":"0","topped_up_balance":"12.50"}]}"""));
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First() + "/v1");
        return server;
    }

    public FakeOpenAiServer Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public static Func<HttpContext, Task> Completion(string text, long? promptTokens = null, long? completionTokens = null, long? cached = null) => context =>
    {
        string usage = promptTokens is null ? "" :
            $$""","usage":{"prompt_tokens":{{promptTokens}},"completion_tokens":{{completionTokens}},"total_tokens":{{promptTokens + completionTokens}}{{(cached is null ? "" : $$""","prompt_tokens_details":{"cached_tokens":{{cached}}}""")}}}""";
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            $$"""{"id":"c1","object":"chat.completion","model":"deepseek-chat","choices":[{"index":0,"message":{"role":"assistant","content":{{System.Text.Json.JsonSerializer.Serialize(text)}}},"finish_reason":"stop"}]{{usage}}}""");
    };

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

    public static Func<HttpContext, Task> Malformed => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"choices\": [ {\"message\": ")).AsTask();
    };

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
