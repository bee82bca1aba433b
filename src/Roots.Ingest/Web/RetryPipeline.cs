using Polly;
using Polly.Retry;

namespace Roots.Ingest.Web;

/// <summary>
/// Builds the Polly pipeline that retries one URL's transient failures: exponential backoff
/// with jitter from <see cref="FetchPolicy.RetryBaseDelay"/>, <c>Retry-After</c> honoured but
/// never beyond <see cref="FetchPolicy.MaxRetryDelay"/>, at most <see cref="FetchPolicy.MaxRetries"/>.
/// Permanent failures (404, 410, refusals, TLS, caps) pass straight through.
/// </summary>
internal static class RetryPipeline
{
    public static ResiliencePipeline<HopResult> Build(FetchPolicy policy, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HopResult> { TimeProvider = timeProvider };
        if (policy.MaxRetries == 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<HopResult>
        {
            ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
            MaxRetryAttempts = policy.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = policy.RetryBaseDelay,
            MaxDelay = policy.MaxRetryDelay,
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result?.RetryAfter is { } wait ? (TimeSpan?)Min(wait, policy.MaxRetryDelay) : null),
        }).Build();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
