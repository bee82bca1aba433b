using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Roots.Models.Providers;

namespace Roots.Models.Resilience;

/// <summary>
/// Sends every call of one provider through its retry loop and circuit breaker. Whatever the
/// loop could not fix leaves as a <see cref="ProviderCallException"/> with a one-line reason:
/// the status, a timeout, or an open circuit. Keep one instance per provider for the life of the
/// process so the breaker remembers. Thread-safe.
/// </summary>
public sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline<ChatResponse> _pipeline;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly ResilienceOptions _options;

    /// <summary>Wraps <paramref name="inner"/>, the client of provider <paramref name="provider"/>.</summary>
    public ResilientChatClient(IChatClient inner, string provider, ResilienceOptions? options = null, TimeProvider? time = null)
        : base(inner)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        Provider = provider;
        _options = options ?? ResilienceOptions.Default;
        _pipeline = ProviderPipeline.Build(provider, _options, time ?? TimeProvider.System, _state);
    }

    /// <summary>The provider's name.</summary>
    public string Provider { get; }

    /// <summary>Closed (calls go through), open (refused until the break ends), half-open (one probe goes through).</summary>
    public CircuitState CircuitState => _state.CircuitState;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (state, token) => await state.Inner.GetResponseAsync(state.list, state.options, token).ConfigureAwait(false),
                (Inner: InnerClient, list, options),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            string until = e.RetryAfter is { } wait ? $" for {Math.Ceiling(wait.TotalSeconds)} s" : "";
            throw new ProviderCallException(
                $"{Provider}: circuit open after repeated failures; calls are refused{until}, then one probe is tried (roots status shows the last error)", null, false, e.RetryAfter, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ProviderCallException(
                $"{Provider}: no answer within {_options.AttemptTimeout.TotalSeconds:0.###} s, {_options.MaxRetries + 1} attempts", null, true, null, e);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A stream cannot be retried half-way, so calls are buffered through the loop.
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
