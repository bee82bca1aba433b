namespace Roots.Core.Model;

/// <summary>
/// A mail subscription: one IMAP folder polled for new messages, with where the last poll stopped.
/// The password is never part of it: <see cref="PasswordEnv"/> names the environment variable that holds it.
/// </summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">The folder as subscribed: <c>imaps://user@host:port/Folder</c> (no password).</param>
/// <param name="PasswordEnv">The environment variable that holds the password.</param>
/// <param name="Tags">Tags given to every message collected from it.</param>
/// <param name="UidValidity">The folder's UIDVALIDITY when <see cref="LastUid"/> was recorded; null before the first poll.</param>
/// <param name="LastUid">The highest UID kept (or reported as unreadable); the next poll asks for the UIDs above it.</param>
/// <param name="LastPolledAt">When it was last polled.</param>
/// <param name="LastError">Why the last poll failed or stopped early; null when it did not.</param>
/// <param name="Messages">How many messages have been taken from it, across polls.</param>
public sealed record Mailbox(
    long Id,
    string Url,
    string PasswordEnv,
    IReadOnlyList<string> Tags,
    long? UidValidity,
    long LastUid,
    DateTimeOffset? LastPolledAt,
    string? LastError,
    long Messages);
