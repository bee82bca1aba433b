using System.ComponentModel.DataAnnotations;

namespace Roots.Models.Resilience;

/// <summary>
/// How hard Roots tries a failing provider before it gives up with the reason. The defaults
/// bound one call to about a minute and a half of waiting at worst, never an endless "Retrying…".
/// </summary>
public sealed record ResilienceOptions
{
    /// <summary>Retries after the first attempt (default 3).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff delay, doubled per retry with jitter (default 1 s).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay (default 20 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest Retry-After honoured (default 30 s): a provider asking for an hour gets 30 s, then the job ends with its reason.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a hang (default 60 s).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Failed attempts within <see cref="SamplingDuration"/> that open the circuit (default 5; at least 2).</summary>
    [Range(2, 1000)]
    public int CircuitFailureThreshold { get; init; } = 5;

    /// <summary>The window failures are counted in (default 60 s).</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses calls before one half-open probe is let through (default 30 s; at least 0.5 s, Polly's floor).</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The defaults.</summary>
    public static ResilienceOptions Default { get; } = new();
}
