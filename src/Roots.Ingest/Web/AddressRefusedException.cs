using System.Net;

namespace Roots.Ingest.Web;

/// <summary>
/// Thrown inside the connect callback when a resolved address is refused, so that no socket is
/// ever opened; <see cref="GuardedHttpClient"/> catches it and returns a refused result. It never
/// leaves the fetcher.
/// </summary>
internal sealed class AddressRefusedException(string host, IPAddress address, string why)
    : Exception($"{address} is {why}")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;

    public string Why { get; } = why;
}
