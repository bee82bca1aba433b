using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Roots.Models.Providers;

namespace Roots.Models.Resilience;

/// <summary>
/// Builds the one retry loop a provider's calls go through: retry (exponential backoff with
/// jitter, Retry-After honoured up to a cap) around a circuit breaker around a per-attempt timeout.
/// </summary>
/// <remarks>
/// The breaker sits inside the retry so that every attempt counts towards opening it, and an open
/// circuit is not retried: it ends the call at once with the reason. Client errors (400, 401,
/// 403, 404) are neither retried nor counted as provider failures: they are the user's to fix.
/// </remarks>
internal static class ProviderPipeline
{
    public static ResiliencePipeline<ChatResponse> Build(string provider, ResilienceOptions options, TimeProvider time, CircuitBreakerStateProvider state)
    {
        var transient = new PredicateBuilder<ChatResponse>()
            .Handle<ProviderCallException>(e => e.Transient)
            .Handle<TimeoutRejectedException>()
            .Handle<HttpRequestException>();
        return new ResiliencePipelineBuilder<ChatResponse> { TimeProvider = time, Name = $"roots-provider-{provider}" }
            .AddRetry(new RetryStrategyOptions<ChatResponse>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = options.MaxRetries == 0 ? _ => PredicateResult.False() : transient,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception, options.MaxRetryAfter)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<ChatResponse>
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.CircuitFailureThreshold,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = transient,
                StateProvider = state,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    // Retry-After wins over the backoff, capped; null lets the exponential backoff decide.
    private static TimeSpan? RetryAfter(Exception? exception, TimeSpan cap) =>
        exception is ProviderCallException { RetryAfter: { } wait } ? (wait > cap ? cap : wait) : null;
}
