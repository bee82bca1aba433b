using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Roots.TestKit;

/// <summary>
/// An OpenAI-compatible provider on loopback (a <see cref="LoopbackServer"/>): <c>POST /v1/chat/completions</c>,
/// <c>POST /v1/embeddings</c> and <c>GET /v1/models</c>. It records every request (method, path, Authorization
/// header) and counts calls per route. Completions answer <see cref="Text"/> (or <see cref="Answer"/>'s pick for the
/// request) with the configured usage; a test can script raw answers (<see cref="Then"/>, <see cref="ChatReply"/>:
/// error statuses, hangs, malformed JSON), echo the Authorization header back (a proxy that reflects headers), and
/// hold completions at a gate until it opens it (to make concurrent callers overlap without waiting on the clock).
/// </summary>
/// <remarks>Configure it before the code under test calls it: the settings are read per request, without locks.</remarks>
public sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private const string ChatPath = "/v1/chat/completions";
    private const string EmbeddingsPath = "/v1/embeddings";
    private const string ModelsPath = "/v1/models";

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private LoopbackServer _server = null!;
    private int _completions;
    private int _embeddings;
    private int _modelsRequests;

    private FakeOpenAiServer()
    {
    }

    /// <summary>The API root, <c>http://127.0.0.1:PORT/v1</c> (no trailing slash, as a user writes it in roots.yaml).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received, on any path, in arrival order.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>Chat completion requests received (counted on arrival, before any gate or scripted answer).</summary>
    public int Completions
    {
        get
        {
            lock (_waiters)
            {
                return _completions;
            }
        }
    }

    /// <summary>Embedding requests received.</summary>
    public int Embeddings => Volatile.Read(ref _embeddings);

    /// <summary>Requests to the models route (doctor's probe).</summary>
    public int ModelsRequests => Volatile.Read(ref _modelsRequests);

    /// <summary>The text of a completion, unless <see cref="Answer"/> picks one. Default: <c>A default answer.</c></summary>
    public string Text { get; set; } = "A default answer.";

    /// <summary>When set, picks the completion's text from the request body (e.g. by the prompt's wording).</summary>
    public Func<string, string>? Answer { get; set; }

    /// <summary>Input tokens each completion reports (default 11); null sends no usage at all.</summary>
    public long? PromptTokens { get; set; } = 11;

    /// <summary>Output tokens each completion reports (default 7).</summary>
    public long? CompletionTokens { get; set; } = 7;

    /// <summary>Cached input tokens each completion reports (<c>prompt_tokens_details.cached_tokens</c>); null (the default) leaves them out.</summary>
    public long? CachedTokens { get; set; }

    /// <summary>When true, each completion's text ends with the request's Authorization header.</summary>
    public bool EchoAuthorization { get; set; }

    /// <summary>When set, answers every unscripted completion instead of <see cref="Text"/> (e.g. <see cref="Status"/> for a server that keeps failing).</summary>
    public Func<HttpContext, Task>? ChatReply { get; set; }

    /// <summary>When true, completions wait for <see cref="Open"/> before answering (the gate opens once, for good).</summary>
    public bool Hold { get; set; }

    /// <summary>The status the models route answers (default 200).</summary>
    public int ModelsStatus { get; set; } = StatusCodes.Status200OK;

    /// <summary>The model ids the models route lists (default <c>deepseek-chat</c>).</summary>
    public IReadOnlyList<string> ModelIds { get; set; } = ["deepseek-chat"];

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var fake = new FakeOpenAiServer();
        fake._server = await LoopbackServer.StartAsync(fake.Map);
        fake.BaseUrl = new Uri(fake._server.BaseUrl, "v1");
        return fake;
    }

    /// <summary>Answers the next unscripted completion with <paramref name="step"/> (steps are used once each, in order).</summary>
    public FakeOpenAiServer Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
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

    /// <summary>Lets held completions answer.</summary>
    public void Open() => _gate.TrySetResult();

    /// <summary>Opens the gate and stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        Open();
        await _server.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.Use(Record);
        app.MapPost(ChatPath, AnswerCompletion);
        app.MapPost(EmbeddingsPath, AnswerEmbeddings);
        app.MapGet(ModelsPath, ListModels);
    }

    private Task Record(HttpContext context, RequestDelegate next)
    {
        // Counted and recorded before anything else, and without reading the body: a caller that gives up after a
        // short timeout has still arrived, even on a loaded machine.
        Count(context.Request);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString()));
        return next(context);
    }

    private void Count(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method) && request.Path == ChatPath)
        {
            Arrived();
        }
        else if (HttpMethods.IsPost(request.Method) && request.Path == EmbeddingsPath)
        {
            Interlocked.Increment(ref _embeddings);
        }
        else if (HttpMethods.IsGet(request.Method) && request.Path == ModelsPath)
        {
            Interlocked.Increment(ref _modelsRequests);
        }
    }

    private async Task AnswerCompletion(HttpContext context)
    {
        if (Hold)
        {
            await _gate.Task.WaitAsync(context.RequestAborted);
        }

        var step = _script.TryDequeue(out var scripted) ? scripted : ChatReply ?? Configured;
        await step(context);
    }

    private async Task Configured(HttpContext context)
    {
        string text = Answer is { } answer ? answer(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) : Text;
        if (EchoAuthorization)
        {
            text += " You sent: " + context.Request.Headers.Authorization;
        }

        await Completion(text, PromptTokens, CompletionTokens, CachedTokens)(context);
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

    private Task ListModels(HttpContext context)
    {
        context.Response.StatusCode = ModelsStatus;
        context.Response.ContentType = "application/json";
        string data = string.Join(",", ModelIds.Select(id => $$"""{"id":{{JsonSerializer.Serialize(id)}},"object":"model"}"""));
        return context.Response.WriteAsync($$"""{"object":"list","data":[{{data}}]}""");
    }
}
