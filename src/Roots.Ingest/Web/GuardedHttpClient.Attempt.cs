using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;

namespace Roots.Ingest.Web;

/// <summary>One attempt at one URL: send, read under the caps, classify.</summary>
public sealed partial class GuardedHttpClient
{
    private static readonly HashSet<int> _redirects = [301, 302, 303, 307, 308];
    private static readonly HashSet<int> _transientStatuses = [408, 425, 429, 500, 502, 503, 504];

    private async Task<HopResult> AttemptAsync(Uri url, FetchRequest? conditional, CancellationToken cancellationToken)
    {
        using var slot = await _limiter.EnterAsync(url, cancellationToken).ConfigureAwait(false);
        var start = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_policy.ResponseTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var sent = RequestHeaders(url, conditional);
        using var message = new HttpRequestMessage(HttpMethod.Get, url) { Version = HttpVersion.Version11 };
        foreach (var (name, value) in sent.Skip(1))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            var date = _time.GetUtcNow();
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return await ReadAsync(url, sent, date, response, start, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HopResult.Failed(FetchReasons.Timeout(url, _policy.ResponseTimeout), transient: true, _time.GetElapsedTime(start));
        }
        catch (HttpRequestException ex)
        {
            return Classify(url, ex, _time.GetElapsedTime(start));
        }
        catch (IOException ex)
        {
            return HopResult.Failed($"connection to {url.Authority} failed: {ex.Message}", transient: true, _time.GetElapsedTime(start));
        }
    }

    private async Task<HopResult> ReadAsync(
        Uri url, List<KeyValuePair<string, string>> sent, DateTimeOffset date, HttpResponseMessage response, long start, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await BodyReader.ReadAsync(response, url, _policy, cancellationToken).ConfigureAwait(false);
        var exchange = new HttpExchange
        {
            Url = url,
            Date = date,
            RequestHeaders = sent,
            HttpVersion = response.Version,
            StatusCode = status,
            ReasonPhrase = response.ReasonPhrase ?? string.Empty,
            ResponseHeaders = ResponseHeaders(response),
            RawBody = body.Raw,
            Body = body.Body,
        };
        var elapsed = _time.GetElapsedTime(start);
        var location = response.Headers.Location;
        if (_redirects.Contains(status) && location is not null)
        {
            return Uri.TryCreate(url, location, out var next)
                ? new HopResult { Outcome = FetchOutcome.Fetched, Exchange = exchange, Location = next, Elapsed = elapsed }
                : HopResult.Failed($"bad redirect Location from {url}", false, elapsed) with { Exchange = exchange };
        }

        if (status == 304)
        {
            return new HopResult { Outcome = FetchOutcome.NotModified, Exchange = exchange, Elapsed = elapsed };
        }

        if (status is >= 200 and < 300)
        {
            return body.Error is null
                ? new HopResult { Outcome = FetchOutcome.Fetched, Exchange = exchange, Elapsed = elapsed }
                : HopResult.Failed(body.Error, transient: false, elapsed) with { Exchange = exchange };
        }

        return new HopResult
        {
            Outcome = FetchOutcome.HttpError,
            Exchange = exchange,
            Reason = FetchReasons.Status(url, status, response.ReasonPhrase),
            IsTransient = _transientStatuses.Contains(status),
            RetryAfter = RetryAfter(response.Headers.RetryAfter),
            Elapsed = elapsed,
        };
    }

    private static HopResult Classify(Uri url, HttpRequestException ex, TimeSpan elapsed)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return HopResult.Failed(FetchReasons.RefusedAddress(url, refused), false, elapsed) with { Outcome = FetchOutcome.Refused };
            }

            if (inner is AuthenticationException tls)
            {
                return HopResult.Failed($"TLS error with {url.Authority}: {tls.Message}", false, elapsed);
            }
        }

        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => HopResult.Failed($"cannot resolve host {url.Host}", false, elapsed),
            HttpRequestError.SecureConnectionError => HopResult.Failed($"TLS error with {url.Authority}: {ex.Message}", false, elapsed),
            HttpRequestError.ConfigurationLimitExceeded =>
                HopResult.Failed($"response headers from {url} exceed the size limit", false, elapsed),
            HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError =>
                HopResult.Failed($"invalid HTTP response from {url.Authority}: {ex.Message}", false, elapsed),
            _ => HopResult.Failed($"connection to {url.Authority} failed: {ex.Message}", true, elapsed),
        };
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The request headers, in the order sent; Host first, as on the wire.</summary>
    private List<KeyValuePair<string, string>> RequestHeaders(Uri url, FetchRequest? conditional)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", url.Authority),
            new("User-Agent", _policy.UserAgent),
            new("Accept", _policy.Accept),
            new("Accept-Encoding", "gzip, deflate, br"),
        };
        if (conditional?.ETag is { Length: > 0 } etag)
        {
            headers.Add(new("If-None-Match", etag));
        }

        if (conditional?.LastModified is { } modified)
        {
            headers.Add(new("If-Modified-Since", modified.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)));
        }

        return headers;
    }

    private static List<KeyValuePair<string, string>> ResponseHeaders(HttpResponseMessage response)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                headers.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
            }
        }

        return headers;
    }
}
