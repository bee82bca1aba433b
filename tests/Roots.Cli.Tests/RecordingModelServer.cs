using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Roots.Cli.Tests;

/// <summary>
/// A loopback OpenAI-compatible server that records every request it receives (path and Authorization
/// header), so a test can assert that a key never left. Its answer may echo the Authorization header (a
/// proxy that reflects headers), and completions may be held at a gate until the test opens it (to make
/// concurrent callers overlap without waiting on the clock).
/// </summary>
public sealed class RecordingModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _completions;

    private RecordingModelServer(WebApplication app) => _app = app;

    /// <summary>The API root, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received: path and Authorization header.</summary>
    public ConcurrentQueue<(string Path, string Authorization)> Requests { get; } = new();

    /// <summary>Chat completions received.</summary>
    public int Completions => Volatile.Read(ref _completions);

    /// <summary>When true, each answer's text contains the request's Authorization header.</summary>
    public bool EchoAuthorization { get; set; }

    /// <summary>When true, completions wait for <see cref="Open"/> before answering.</summary>
    public bool Hold { get; set; }

    /// <summary>Output tokens each completion reports (input tokens: 0, so its cost is the output's alone).</summary>
    public int CompletionTokens { get; set; } = 40;

    public static async Task<RecordingModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordingModelServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString()));
            await next(context);
        });
        app.MapPost("/v1/chat/completions", async context =>
        {
            server.Arrived();
            if (server.Hold)
            {
                await server._gate.Task.WaitAsync(context.RequestAborted);
            }

            string text = "Oolong can be cold-brewed overnight [1]." + (server.EchoAuthorization ? " You sent: " + context.Request.Headers.Authorization : "");
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                $$$"""{"model":"deepseek-chat","choices":[{"message":{"role":"assistant","content":{{{JsonSerializer.Serialize(text)}}}},"finish_reason":"stop"}],"usage":{"prompt_tokens":0,"completion_tokens":{{{server.CompletionTokens}}}}}""");
        });
        app.MapGet("/v1/models", () => Results.Json(new { data = new[] { new { id = "deepseek-chat" } } }));
        await app.StartAsync();
        server.BaseUrl = app.Urls.First() + "/v1";
        return server;
    }

    /// <summary>A task that completes once more than <paramref name="count"/> completions have arrived.</summary>
    public Task CompletionsAbove(int count)
    {
        lock (_waiters)
        {
            if (_completions > count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }

    private void Arrived()
    {
        lock (_waiters)
        {
            _completions++;
            foreach (var waiter in _waiters.Where(w => _completions > w.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Lets held completions answer.</summary>
    public void Open() => _gate.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Open();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
