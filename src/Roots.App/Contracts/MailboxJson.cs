using Roots.Core.Model;

namespace Roots.App.Contracts;

/// <summary>
/// A mail subscription on the wire (<c>roots mail list --json</c>): the folder, the environment variable that holds
/// its password (never the password), and where the last poll stopped.
/// </summary>
/// <param name="Id">The subscription's number.</param>
/// <param name="Url">The folder, <c>imaps://user@host/Folder</c>.</param>
/// <param name="PasswordEnv">The environment variable the password is read from.</param>
/// <param name="Tags">Tags its messages get.</param>
/// <param name="UidValidity">The folder's UIDVALIDITY at the last poll; null before the first.</param>
/// <param name="LastUid">The highest UID taken.</param>
/// <param name="Messages">New items its messages became, across polls.</param>
/// <param name="LastPolledAt">When it was last polled; null before the first poll.</param>
/// <param name="LastError">Why the last poll failed; null when it did not.</param>
public sealed record MailboxJson(
    long Id, string Url, string PasswordEnv, IReadOnlyList<string> Tags, long? UidValidity, long LastUid, long Messages,
    DateTimeOffset? LastPolledAt, string? LastError)
{
    /// <summary>The wire form of <paramref name="mailbox"/>.</summary>
    public static MailboxJson Of(Mailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return new(mailbox.Id, mailbox.Url, mailbox.PasswordEnv, mailbox.Tags, mailbox.UidValidity, mailbox.LastUid, mailbox.Messages,
            mailbox.LastPolledAt, mailbox.LastError);
    }
}
