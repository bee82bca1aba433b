using System.Net;
using System.Net.NetworkInformation;

namespace Roots.Web.Security;

/// <summary>
/// The host names a request may be addressed to. Checking the Host header defeats DNS rebinding:
/// a hostile page whose name is made to resolve to 127.0.0.1 still sends its own name as Host.
/// </summary>
internal sealed class HostPolicy
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase) { "127.0.0.1", "localhost", "::1", "[::1]" };

    public HostPolicy(IPAddress bind, IEnumerable<string> extra)
    {
        _hosts.Add(Format(bind));
        foreach (string host in extra)
        {
            _hosts.Add(host.Trim());
        }

        // A wildcard bind answers on every address of the machine: those, and its name, are its own.
        if (bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any))
        {
            _hosts.Add(Environment.MachineName);
            foreach (var address in LocalAddresses())
            {
                _hosts.Add(Format(address));
            }
        }
    }

    /// <summary>Whether the Host header's name (port ignored) is one of ours.</summary>
    public bool Allows(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }

        string name = hostHeader;
        if (name.StartsWith('['))
        {
            int end = name.IndexOf(']', StringComparison.Ordinal);
            name = end < 0 ? name : name[..(end + 1)];
        }
        else if (name.LastIndexOf(':') is int colon and > 0)
        {
            name = name[..colon];
        }

        return _hosts.Contains(name);
    }

    private static string Format(IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private static IEnumerable<IPAddress> LocalAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
