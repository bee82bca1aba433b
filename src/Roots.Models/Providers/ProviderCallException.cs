namespace Roots.Models.Providers;

/// <summary>
/// A provider call that failed: the HTTP status when there was one, whether trying again may
/// help, and the Retry-After the provider asked for. Travels inside the resilience pipeline; the
/// message is already scrubbed of secrets and is one line a user can read.
/// </summary>
public sealed class ProviderCallException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProviderCallException(string message, int? statusCode, bool transient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Transient = transient;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates an exception with a message only (not transient).</summary>
    public ProviderCallException()
        : this("provider call failed", null, false)
    {
    }

    /// <summary>Creates an exception with a message only (not transient).</summary>
    public ProviderCallException(string message)
        : this(message, null, false)
    {
    }

    /// <summary>Creates an exception with a message and a cause (not transient).</summary>
    public ProviderCallException(string message, Exception inner)
        : this(message, null, false, null, inner)
    {
    }

    /// <summary>The HTTP status, or null for a network failure, a timeout or a malformed answer.</summary>
    public int? StatusCode { get; }

    /// <summary>True when another attempt may succeed (429, 5xx, timeouts, network errors, garbled answers); never for 400/401/403/404.</summary>
    public bool Transient { get; }

    /// <summary>How long the provider asked us to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether a status is worth retrying: 408, 409, 429 and 5xx.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 409 or 429 or >= 500;
}
