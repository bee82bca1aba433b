using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace Roots.Ingest.Mail;

/// <summary>
/// What went wrong with an IMAP server, in one line a user can act on: a refused login, an unknown folder, a
/// failed TLS handshake, a server that cannot be reached or went away. Never holds the password (MailKit's own
/// messages do not carry it, and the login line is never echoed).
/// </summary>
public static class ImapErrors
{
    /// <summary>True for the failures of the network and the server, as opposed to bugs.</summary>
    public static bool IsExpected(Exception exception) => exception is
        AuthenticationException or SslHandshakeException or FolderNotFoundException or ImapCommandException or ProtocolException
        or CommandException or ServiceNotConnectedException or ServiceNotAuthenticatedException or SocketException or IOException
        or TimeoutException or NotSupportedException;

    /// <summary>The one line for <paramref name="exception"/> met on <paramref name="address"/>.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="address">The folder being read.</param>
    /// <param name="passwordEnv">The environment variable the password came from, to name when the login is refused.</param>
    public static string Describe(Exception exception, ImapAddress address, string? passwordEnv)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(address);
        var server = $"{address.Host}:{address.Port}";
        return exception switch
        {
            AuthenticationException => $"{server} refused the login of {address.User}: wrong user name or password" + (passwordEnv is null ? "" : $" (the password is read from ${passwordEnv})"),
            SslHandshakeException tls => $"TLS with {server} failed: {FirstLine(tls.InnerException?.Message ?? tls.Message)} (imaps:// needs TLS from the first byte; is the port right?)",
            FolderNotFoundException => $"no folder \"{address.Folder}\" for {address.User} on {address.Host}",
            ImapCommandException command => $"{server} refused a command: {FirstLine(command.ResponseText ?? command.Message)}",
            SocketException socket => $"cannot reach {server}: {FirstLine(socket.Message)}",
            TimeoutException => $"{server} did not answer within {ImapFolderReader.CommandTimeout.TotalSeconds:0} seconds",
            ServiceNotConnectedException or ProtocolException or IOException => $"the connection to {server} was lost: {FirstLine(exception.Message)}",
            _ => $"{server}: {FirstLine(exception.Message)}",
        };
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString();
    }
}
