using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Roots.Ingest.Web;

/// <summary>
/// A CIDR range such as <c>10.0.0.0/8</c> or <c>fc00::/7</c>. IPv4-mapped IPv6 addresses
/// (<c>::ffff:10.1.2.3</c>) are compared as the IPv4 address they carry, so a range written in
/// IPv4 also matches the mapped spelling. Immutable and thread-safe.
/// </summary>
public readonly record struct IpRange
{
    private readonly byte[] _network;

    private IpRange(byte[] network, int prefixLength, AddressFamily family)
    {
        _network = network;
        PrefixLength = prefixLength;
        Family = family;
    }

    /// <summary>The number of leading bits that must match.</summary>
    public int PrefixLength { get; }

    /// <summary>IPv4 or IPv6.</summary>
    public AddressFamily Family { get; }

    /// <summary>The range holding exactly <paramref name="address"/>.</summary>
    public static IpRange Single(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = Normalize(address);
        return new IpRange(normal.GetAddressBytes(), normal.AddressFamily == AddressFamily.InterNetwork ? 32 : 128, normal.AddressFamily);
    }

    /// <summary>Parses <c>a.b.c.d/n</c>, <c>x::y/n</c> or a bare address (a range of one).</summary>
    public static bool TryParse(string? text, out IpRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var slash = text.IndexOf('/');
        var addressText = (slash < 0 ? text : text[..slash]).Trim().Trim('[', ']');
        if (!IPAddress.TryParse(addressText, out var address) || !IsCanonicalLiteral(addressText, address))
        {
            return false;
        }

        address = Normalize(address);
        var max = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > max))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        Mask(bytes, prefix);
        range = new IpRange(bytes, prefix, address.AddressFamily);
        return true;
    }

    /// <summary>True when <paramref name="address"/> lies in this range.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = Normalize(address);
        if (_network is null || normal.AddressFamily != Family)
        {
            return false;
        }

        var bytes = normal.GetAddressBytes();
        Mask(bytes, PrefixLength);
        return bytes.AsSpan().SequenceEqual(_network);
    }

    /// <inheritdoc />
    public override string ToString() =>
        _network is null ? string.Empty : $"{new IPAddress(_network)}/{PrefixLength}";

    /// <summary>IPv4-mapped IPv6 becomes the IPv4 address; the scope id is dropped.</summary>
    internal static IPAddress Normalize(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4()
        : address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes())
        : address;

    /// <summary>
    /// Only dotted-quad IPv4 and ordinary IPv6 are accepted in an allow list: <c>127.1</c> or
    /// <c>2130706433</c> would parse, but a person reading the config would not see what they allow.
    /// </summary>
    private static bool IsCanonicalLiteral(string text, IPAddress address) =>
        address.AddressFamily != AddressFamily.InterNetwork || (text.Count(c => c == '.') == 3 && text == address.ToString());

    private static void Mask(byte[] bytes, int prefix)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= unchecked((byte)(0xFF << (8 - keep)));
        }
    }

    /// <inheritdoc />
    public bool Equals(IpRange other) =>
        PrefixLength == other.PrefixLength && Family == other.Family &&
        (_network ?? []).AsSpan().SequenceEqual(other._network ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PrefixLength, Family, _network?.Length);
}
