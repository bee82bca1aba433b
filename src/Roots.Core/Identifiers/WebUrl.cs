using System.Globalization;

namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises web URLs kept as identifiers.
/// </summary>
/// <remarks>
/// Only absolute <c>http</c> and <c>https</c> URLs with a host are accepted, at most
/// <see cref="MaxLength"/> characters (the length browsers, sitemaps and search engines reliably
/// handle). Normalisation is deliberately conservative: the scheme and host are case-insensitive
/// and the default port and the fragment never reach the server, so they are folded away; the
/// path and query are kept exactly as written, because servers may treat them case-sensitively
/// and re-encoding them could name a different resource.
/// </remarks>
public static class WebUrl
{
    /// <summary>The longest URL accepted, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>
    /// Normalises an absolute http or https URL, also when written with a <c>url:</c> label.
    /// Refused: other schemes, relative URLs, whitespace or control characters, backslashes (which
    /// browsers read as slashes, so the URL means two things), and a user name or password in the
    /// authority (credentials are not identifiers and must not be published).
    /// </summary>
    /// <param name="input">The URL as written.</param>
    /// <returns>
    /// The URL with lower-case scheme and host, without a default port (80 for http, 443 for https)
    /// and without a fragment, path and query unchanged except that an empty path and "/" (which
    /// RFC 3986 §6.2.3 makes equivalent) are written as nothing when there is no query and as "/"
    /// before a query: <c>https://times.net.au/</c> becomes <c>https://times.net.au</c>; or a one-line reason.
    /// </returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no URL given: expected something like https://example.org/");
        }

        var text = input.AsSpan().Trim();
        if (IdentifierText.StartsWithIgnoreCase(text, "url:"))
        {
            text = text[4..].TrimStart();
        }

        if (text.Length > MaxLength)
        {
            return Result<string>.Fail($"a URL longer than {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters is not kept as an identifier");
        }

        string scheme = IdentifierText.StartsWithIgnoreCase(text, "https://") ? "https"
            : IdentifierText.StartsWithIgnoreCase(text, "http://") ? "http"
            : "";
        if (scheme.Length == 0)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a web URL: it must start with http:// or https://");
        }

        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\')
            {
                return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a web URL: it contains a space, a control character or a backslash");
            }
        }

        var rest = text[(scheme.Length + 3)..];
        int authorityEnd = rest.IndexOfAny('/', '?', '#');
        if (authorityEnd < 0)
        {
            authorityEnd = rest.Length;
        }

        var authority = rest[..authorityEnd];
        if (authority.Contains('@'))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not kept as an identifier: it carries a user name or password");
        }

        if (!TrySplitAuthority(authority, out var host, out var port) || host.IsEmpty)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a web URL: it has no valid host");
        }

        int defaultPort = scheme == "https" ? 443 : 80;
        string portText = "";
        if (!port.IsEmpty)
        {
            if (port.Length > 5 || !IdentifierText.AllDigits(port) || int.Parse(port, CultureInfo.InvariantCulture) > 65535)
            {
                return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a web URL: the port must be a number up to 65535");
            }

            int number = int.Parse(port, CultureInfo.InvariantCulture);
            portText = number == defaultPort ? "" : ":" + number.ToString(CultureInfo.InvariantCulture);
        }

        string original = text.ToString();
        if (!Uri.TryCreate(original, UriKind.Absolute, out var uri) ||
            uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a web URL: the host is not a valid name or address");
        }

        var pathAndQuery = rest[authorityEnd..];
        int fragment = pathAndQuery.IndexOf('#');
        if (fragment >= 0)
        {
            pathAndQuery = pathAndQuery[..fragment];
        }

        string tail = pathAndQuery switch
        {
            "/" => "",
            ['?', ..] => "/" + pathAndQuery.ToString(),
            _ => pathAndQuery.ToString(),
        };
        return string.Concat(scheme, "://", host.ToString().ToLowerInvariant(), portText, tail);
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid web URL (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;

    /// <summary>The host of a URL already normalised by <see cref="Normalize"/> (lower case, without port).</summary>
    internal static ReadOnlySpan<char> HostOf(string normalizedUrl)
    {
        var rest = normalizedUrl.AsSpan(normalizedUrl.IndexOf("://", StringComparison.Ordinal) + 3);
        int end = rest.IndexOfAny('/', '?');
        var authority = end < 0 ? rest : rest[..end];
        return TrySplitAuthority(authority, out var host, out _) ? host : authority;
    }

    private static bool TrySplitAuthority(ReadOnlySpan<char> authority, out ReadOnlySpan<char> host, out ReadOnlySpan<char> port)
    {
        port = default;
        if (authority.StartsWith('['))
        {
            int close = authority.IndexOf(']');
            host = close < 0 ? default : authority[..(close + 1)];
            if (close < 0 || (close + 1 < authority.Length && authority[close + 1] != ':'))
            {
                return false;
            }

            port = close + 1 < authority.Length ? authority[(close + 2)..] : default;
            return true;
        }

        int colon = authority.LastIndexOf(':');
        host = colon < 0 ? authority : authority[..colon];
        port = colon < 0 ? default : authority[(colon + 1)..];
        return true;
    }
}
