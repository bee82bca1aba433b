using System.Globalization;
using System.Net;
using Roots.Core;

namespace Roots.Ingest.Web;

/// <summary>
/// Hosts and address ranges the guarded fetcher may reach although <see cref="AddressGuard"/>
/// would refuse them: <c>fetch.allow</c> in <c>roots.yaml</c> or <c>ROOTS_FETCH_ALLOW</c>.
/// Entries: an address (<c>127.0.0.1</c>, <c>::1</c>), a range (<c>10.0.0.0/8</c>), a host name
/// (<c>intranet.example</c>, matched against the URL's host, not its addresses), each optionally
/// with a port (<c>127.0.0.1:8080</c>, <c>[::1]:8080</c>, <c>wiki.lan:8443</c>) so that one local
/// service can be allowed without allowing the whole machine. Immutable and thread-safe.
/// </summary>
public sealed class FetchAllowList
{
    /// <summary>The environment variable read by <see cref="FromEnvironment"/>.</summary>
    public const string EnvironmentVariable = "ROOTS_FETCH_ALLOW";

    private readonly IReadOnlyList<Entry> _entries;

    private FetchAllowList(IReadOnlyList<Entry> entries) => _entries = entries;

    /// <summary>The default: nothing private is allowed.</summary>
    public static FetchAllowList Empty { get; } = new([]);

    /// <summary>The entries as written (normalised), for messages and <c>roots doctor</c>.</summary>
    public IReadOnlyList<string> Entries => [.. _entries.Select(e => e.Text)];

    /// <summary>True when nothing is allowed.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>
    /// Parses a comma-, semicolon- or blank-separated list (the form of <c>ROOTS_FETCH_ALLOW</c>).
    /// Fails on the first bad entry with <c>invalid fetch.allow entry 'x': …</c>.
    /// </summary>
    public static Result<FetchAllowList> Parse(string? list) =>
        Parse((list ?? string.Empty).Split([',', ';', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Parses entries one by one (the form of the <c>fetch.allow</c> YAML list).</summary>
    public static Result<FetchAllowList> Parse(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var parsed = new List<Entry>();
        foreach (var raw in entries)
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (ParseEntry(text) is not { } entry)
            {
                return Result<FetchAllowList>.Fail(
                    $"invalid fetch.allow entry '{text}': expected an address, a CIDR range or a host name, optionally with :port");
            }

            parsed.Add(entry);
        }

        return Result<FetchAllowList>.Ok(new FetchAllowList(parsed));
    }

    /// <summary>Reads <c>ROOTS_FETCH_ALLOW</c> through <paramref name="environment"/> (default: the process's); an unset variable is an empty list.</summary>
    /// <param name="environment">Reads one environment variable.</param>
    public static Result<FetchAllowList> FromEnvironment(Func<string, string?>? environment = null) =>
        Parse((environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable));

    /// <summary>This list and <paramref name="other"/> together (config file plus environment).</summary>
    public FetchAllowList Union(FetchAllowList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new FetchAllowList([.. _entries, .. other._entries]);
    }

    /// <summary>
    /// True when a connection to <paramref name="address"/>, reached through the URL host
    /// <paramref name="host"/> and <paramref name="port"/>, is allowed by an entry.
    /// </summary>
    public bool Permits(string host, int port, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        var bareHost = host.Trim('[', ']');
        foreach (var entry in _entries)
        {
            if (entry.Port is { } p && p != port)
            {
                continue;
            }

            if (entry.Range is { } range ? range.Contains(address) : string.Equals(entry.Host, bareHost, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(',', Entries);

    private static Entry? ParseEntry(string text)
    {
        if (IpRange.TryParse(text, out var bare))
        {
            return new Entry(text, bare, null, null);
        }

        // "[v6]:port", "v4:port", "host:port"; a bare IPv6 address has several colons and was handled above.
        string hostPart = text;
        int? port = null;
        var colon = text.LastIndexOf(':');
        if (colon > 0 && (text[0] == '[' ? text[colon - 1] == ']' : text.IndexOf(':') == colon))
        {
            if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                return null;
            }

            port = p;
            hostPart = text[..colon].Trim('[', ']');
        }

        if (IpRange.TryParse(hostPart, out var range))
        {
            return new Entry(text, range, null, port);
        }

        return Uri.CheckHostName(hostPart) == UriHostNameType.Dns && !hostPart.All(c => char.IsAsciiDigit(c) || c == '.')
            ? new Entry(text, null, hostPart.ToLowerInvariant(), port)
            : null;
    }

    private sealed record Entry(string Text, IpRange? Range, string? Host, int? Port);
}
