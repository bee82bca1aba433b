using System.Globalization;
using Roots.Core;

namespace Roots.Ingest.Mail;

/// <summary>
/// An IMAP folder as a user names it: <c>imaps://user@host[:port]/Folder</c> (TLS from the first byte, port 993) or
/// <c>imap://user@host[:port]/Folder</c> (port 143, upgraded with STARTTLS when the server offers it; plain text
/// only to a loopback server). A user name holding <c>@</c> is written <c>%40</c>. No password: a URL with one is
/// refused, because URLs end up in listings, logs and shell history.
/// </summary>
/// <param name="Secure">True for <c>imaps://</c>.</param>
/// <param name="User">The login name, unescaped.</param>
/// <param name="Host">The server's host name or address, lower case.</param>
/// <param name="Port">The port.</param>
/// <param name="Folder">The folder, unescaped, <c>/</c> separating levels; <c>INBOX</c> when the URL names none.</param>
public sealed record ImapAddress(bool Secure, string User, string Host, int Port, string Folder)
{
    /// <summary>The port of <c>imaps://</c> when the URL gives none.</summary>
    public const int ImapsPort = 993;

    /// <summary>The port of <c>imap://</c> when the URL gives none.</summary>
    public const int ImapPort = 143;

    /// <summary>The canonical URL: scheme, escaped user, host, the port when not the default, the folder.</summary>
    public string Url
    {
        get
        {
            var port = Port == (Secure ? ImapsPort : ImapPort) ? "" : ":" + Port.ToString(CultureInfo.InvariantCulture);
            var folder = string.Join('/', Folder.Split('/').Select(Uri.EscapeDataString));
            var host = Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;
            return $"{(Secure ? "imaps" : "imap")}://{Uri.EscapeDataString(User)}@{host}{port}/{folder}";
        }
    }

    /// <summary>The address for people: <c>user@host</c>.</summary>
    public string Account => $"{User}@{Host}";

    /// <summary>Reads <paramref name="text"/>; the failure says what is wrong and how to write it.</summary>
    public static Result<ImapAddress> Parse(string? text)
    {
        const string Form = "give imaps://user@host[:port]/Folder";
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "imaps" && uri.Scheme != "imap"))
        {
            return Result<ImapAddress>.Fail($"not an IMAP folder URL: {text} ({Form})");
        }

        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return Result<ImapAddress>.Fail("the URL holds a password: leave it out and put it in an environment variable (--password-env, default ROOTS_IMAP_PASSWORD)");
        }

        var user = Uri.UnescapeDataString(uri.UserInfo);
        if (user.Length == 0)
        {
            return Result<ImapAddress>.Fail($"no user name in {text} ({Form})");
        }

        if (uri.Host.Length == 0)
        {
            return Result<ImapAddress>.Fail($"no host in {text} ({Form})");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return Result<ImapAddress>.Fail($"an IMAP folder URL has no ?query or #fragment: {text} ({Form})");
        }

        var secure = uri.Scheme == "imaps";
        var folder = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (user.Any(char.IsControl) || folder.Any(char.IsControl))
        {
            return Result<ImapAddress>.Fail($"the user name or folder holds control characters ({Form})");
        }

        var port = uri.IsDefaultPort || uri.Port < 0 ? (secure ? ImapsPort : ImapPort) : uri.Port;
        return new ImapAddress(secure, user, uri.IdnHost.Trim('[', ']').ToLowerInvariant(), port, folder.Length == 0 ? "INBOX" : folder);
    }
}
