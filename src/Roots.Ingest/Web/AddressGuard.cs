using System.Net;
using System.Net.Sockets;

namespace Roots.Ingest.Web;

/// <summary>
/// Says whether an IP address is one that content must never make Roots connect to: the
/// user's own machine and network, and the cloud metadata endpoint. Used on every address a
/// host name resolves to, at connect time, so that a public-looking name, a redirect or an odd
/// spelling of an address (<c>127.1</c>, <c>0x7f.1</c>, <c>2130706433</c>) cannot reach them.
/// Pure and thread-safe.
/// </summary>
public static class AddressGuard
{
    private static readonly (IpRange Range, string What)[] _ipv4 =
    [
        (Range("255.255.255.255/32"), "the broadcast address"),
        (Range("0.0.0.0/32"), "the unspecified address"),
        (Range("0.0.0.0/8"), "a 'this network' address"),
        (Range("127.0.0.0/8"), "a loopback address"),
        (Range("10.0.0.0/8"), "a private address"),
        (Range("172.16.0.0/12"), "a private address"),
        (Range("192.168.0.0/16"), "a private address"),
        (Range("169.254.169.254/32"), "the cloud metadata address (link-local)"),
        (Range("169.254.0.0/16"), "a link-local address"),
        (Range("100.64.0.0/10"), "a carrier-grade NAT (shared) address"),
        (Range("192.0.0.0/24"), "an IETF protocol address"),
        (Range("192.0.2.0/24"), "a documentation address"),
        (Range("198.51.100.0/24"), "a documentation address"),
        (Range("203.0.113.0/24"), "a documentation address"),
        (Range("198.18.0.0/15"), "a benchmarking address"),
        (Range("224.0.0.0/4"), "a multicast address"),
        (Range("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly (IpRange Range, string What)[] _ipv6 =
    [
        (Range("::/128"), "the unspecified address"),
        (Range("::1/128"), "a loopback address"),
        (Range("fe80::/10"), "a link-local address"),
        (Range("fec0::/10"), "a site-local address"),
        (Range("fc00::/7"), "a unique-local (private) address"),
        (Range("ff00::/8"), "a multicast address"),
        (Range("100::/64"), "a discard address"),
        (Range("2001:db8::/32"), "a documentation address"),
        (Range("64:ff9b:1::/48"), "a local-use NAT64 address"),
        (Range("2001::/32"), "a Teredo tunnel address"),
        (Range("::/96"), "a deprecated IPv4-compatible address"),
    ];

    private static readonly IpRange _nat64 = Range("64:ff9b::/96");
    private static readonly IpRange _sixToFour = Range("2002::/16");

    /// <summary>
    /// Why <paramref name="address"/> must not be reached (e.g. <c>a loopback address</c>), or
    /// null when it is an ordinary public address. IPv6 forms that carry an IPv4 address
    /// (IPv4-mapped, NAT64 <c>64:ff9b::/96</c>, 6to4 <c>2002::/16</c>) are judged by the IPv4
    /// address they carry, because that is where the packets end up.
    /// </summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded("an IPv4-mapped form of", address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(_ipv4, address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        var bytes = address.GetAddressBytes();
        if (_nat64.Contains(address))
        {
            return Embedded("a NAT64 form of", new IPAddress(bytes.AsSpan(12, 4)));
        }

        if (_sixToFour.Contains(address))
        {
            return Embedded("a 6to4 form of", new IPAddress(bytes.AsSpan(2, 4)));
        }

        return Find(_ipv6, address);
    }

    private static string? Embedded(string form, IPAddress ipv4) =>
        Find(_ipv4, ipv4) is { } what ? $"{form} {ipv4}, {what}" : null;

    private static string? Find((IpRange Range, string What)[] table, IPAddress address)
    {
        foreach (var (range, what) in table)
        {
            if (range.Contains(address))
            {
                return what;
            }
        }

        return null;
    }

    private static IpRange Range(string cidr) =>
        IpRange.TryParse(cidr, out var range) ? range : throw new InvalidOperationException("bad built-in range " + cidr);
}
