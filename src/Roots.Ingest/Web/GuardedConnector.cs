using System.Net;
using System.Net.Sockets;

namespace Roots.Ingest.Web;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the guarded fetcher: resolves the
/// host itself, checks every address it resolves to, and connects only to those checked
/// addresses. Checking here, not on the URL, is what defeats odd address spellings, names that
/// resolve to private addresses and DNS rebinding: the address checked is the address used.
/// </summary>
internal sealed class GuardedConnector(FetchAllowList allow)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // Every address is checked: a name that resolves to one public and one private address is refused.
        foreach (var address in addresses)
        {
            if (!allow.Permits(host, endpoint.Port, address) && AddressGuard.Classify(address) is { } why)
            {
                throw new AddressRefusedException(host, address, why);
            }
        }

        return await ConnectAnyAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream> ConnectAnyAsync(IPAddress[] addresses, int port, CancellationToken cancellationToken)
    {
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
